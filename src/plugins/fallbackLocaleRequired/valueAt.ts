/** The value at a dotted path (`seo.title`) of a document or of a write's data. */
export function valueAt(doc: unknown, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** Whether the nodes of a rich text (Lexical) tree hold any text or non-text content. */
function richTextHasContent(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false
  const { text, children, type } = node as { text?: unknown; children?: unknown; type?: unknown }
  if (typeof text === 'string') return text.trim().length > 0
  if (Array.isArray(children)) return children.some(richTextHasContent)
  // A leaf without text: an image, an upload, a horizontal rule…
  return typeof type === 'string' && !['paragraph', 'root', 'linebreak', 'tab'].includes(type)
}

/** No value a reader would see: nothing, blank text, an empty list or an empty rich text. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim().length === 0
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && 'root' in value) return !richTextHasContent(value.root)
  return false
}
