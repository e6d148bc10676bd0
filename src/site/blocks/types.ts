import type { HeadingLevel } from '../components/Heading'
import type { Locale } from '../i18n'

/** What every block renderer gets: its data, the reader's language, and its heading level. */
export type BlockProps<B> = { block: B; locale: Locale; level: HeadingLevel }
