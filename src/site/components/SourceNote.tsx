import { dictionary, type Locale } from '../i18n'

type SourceNoteProps = {
  locale: Locale
  source?: string | null
  year?: number | null
}

/** "Source: … (year)" under a figure: every number says where and when it comes from. */
export function SourceNote({ locale, source, year }: SourceNoteProps) {
  const t = dictionary(locale)
  // One string, so the note reads (and is searched) as one phrase rather than split text nodes.
  const note = source
    ? `${t.figure.source}${t.colon}${source}${year ? ` (${year})` : ''}`
    : year
      ? `${t.figure.year}${t.colon}${year}`
      : undefined
  return note ? <p className="source-note">{note}</p> : null
}
