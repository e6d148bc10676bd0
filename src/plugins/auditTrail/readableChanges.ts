import { documentTitle } from '@/utilities/documentTitle'

/** A value shown in the audit view is cut at this many characters. */
const MAX_LENGTH = 300

/** Fields whose values are secrets: the entry says they changed, never what they hold. */
const SECRET_FIELDS = new Set([
  'apiKey',
  'apiKeyIndex',
  'secret',
  'password',
  'hash',
  'salt',
  'twoFactorSecret',
  'twoFactorRecoveryCodes',
  'twoFactorLastStep',
])

/** One changed field as the audit view shows it; `null` is an empty value. */
export type FieldChange = {
  field: string
  before: string | null
  after: string | null
  /** A secret changed: its values are not recorded. */
  secret?: boolean
}

const cut = (text: string): string =>
  text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text

type LexicalNode = { text?: unknown; children?: unknown }

/** The words of a rich-text (Lexical) value, paragraphs separated by a space. */
function lexicalText(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (!Array.isArray(node.children)) return ''
  return (node.children as LexicalNode[]).map(lexicalText).filter(Boolean).join(' ')
}

/** A stored value as a person reads it: text as is, rich text as its words, a row by its fields. */
export function readableValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string') return cut(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    const items = value.map(readableValue).filter((item): item is string => item !== null)
    return items.length > 0 ? cut(items.join(' | ')) : null
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (record.root && typeof record.root === 'object')
      return cut(lexicalText(record.root as LexicalNode)) || null
    const title = documentTitle(record)
    if (title) return cut(title)
    const parts = Object.entries(record)
      .filter(([key]) => key !== 'id' && key !== 'blockName')
      .map(([key, item]) => [key, readableValue(item)] as const)
      .filter(([, item]) => item !== null)
      .map(([key, item]) => `${key}: ${item}`)
    if (parts.length > 0) return cut(parts.join('; '))
    return 'id' in record ? `#${String(record.id)}` : null
  }
  return null
}

/** Before and after of each changed field; a secret's values are left out. */
export function readableChanges(
  fields: string[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  return fields.map((field) =>
    SECRET_FIELDS.has(field)
      ? { field, before: null, after: null, secret: true }
      : { field, before: readableValue(before[field]), after: readableValue(after[field]) },
  )
}
