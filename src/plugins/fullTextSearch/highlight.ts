/**
 * Markers the databases put around matched words (characters of Unicode's private use area, which
 * no content holds), turned into `<mark>` once the rest of the text is HTML-escaped.
 */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function markedSnippet(text: string): string {
  return text
    .replace(/[&<>"']/g, (char) => ESCAPES[char])
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
}
