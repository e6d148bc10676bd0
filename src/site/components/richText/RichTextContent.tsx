import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Locale } from '../../i18n'
import type { HeadingLevel } from '../Heading'
import { siteConverters } from './converters'
import { headingOffset, type RichTextData } from './headingShift'

type RichTextContentProps = {
  data: RichTextData
  locale: Locale
  /** The level the rich text's highest heading takes where it is placed. */
  baseLevel: HeadingLevel
}

export function RichTextContent({ data, locale, baseLevel }: RichTextContentProps) {
  return (
    <RichText
      className="rich-text"
      data={data}
      converters={siteConverters(locale, headingOffset(data, baseLevel))}
    />
  )
}
