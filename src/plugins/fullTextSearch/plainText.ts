/**
 * The words of a stored value in one locale, as a reader sees them: a field read with
 * `locale: 'all'` is `{ en, fr }`, where an empty French value falls back to English (as the API
 * does); rich text (Lexical) gives its text nodes; arrays and blocks give the text of their
 * fields, never their ids, block types, links or numbers.
 */
const WORD_KEYS = new Set([
  'content',
  'heading',
  'intro',
  'label',
  'name',
  'quote',
  'summary',
  'text',
  'title',
])

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/** `{ en, fr }` as `locale: 'all'` returns a localized field. */
function isLocaleMap(value: Json, locales: readonly string[]): boolean {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => locales.includes(key))
}

function lexicalText(node: unknown): string {
  if (!isObject(node)) return ''
  if (typeof node.text === 'string') return node.text
  if (!Array.isArray(node.children)) return ''
  const inner = node.children.map(lexicalText).filter(Boolean)
  // Blocks (paragraphs, headings, list items) end a sentence; inline nodes run on.
  return inner.join(node.type === 'root' || node.type === 'list' ? '\n' : '')
}

export type TextOptions = { locale: string; fallback: string; locales: readonly string[] }

/** The text of `value`; `asWords` says whether a plain string here is reader-facing text. */
export function plainText(value: unknown, options: TextOptions, asWords = true): string {
  if (typeof value === 'string') return asWords ? value : ''
  if (Array.isArray(value))
    return value
      .map((item) => plainText(item, options, asWords))
      .filter(Boolean)
      .join('\n')
  if (!isObject(value)) return ''
  if (isLocaleMap(value, options.locales)) {
    const own = value[options.locale]
    return plainText(isEmpty(own) ? value[options.fallback] : own, options, asWords)
  }
  if (isObject(value.root)) return lexicalText(value.root)
  return Object.entries(value)
    .map(([key, inner]) => plainText(inner, options, WORD_KEYS.has(key)))
    .filter(Boolean)
    .join('\n')
}
