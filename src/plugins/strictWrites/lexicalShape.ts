/** More nodes than any page holds: a document beyond it is refused rather than walked. */
const MAX_NODES = 20_000

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Whether `value` has the shape of a Lexical editor state: `{ root: { type: 'root', children } }`
 * whose every node is an object with a string `type`, `children` (where present) an array, and
 * text nodes a string `text`. The editor's own `validate` walks nodes by type only and lets
 * `{ "root": 1 }` through, which the site then fails to render. Iterative, so nesting depth cannot
 * exhaust the stack.
 */
export function isLexicalDocument(value: unknown): boolean {
  if (!isObject(value) || !isObject(value.root)) return false
  if (value.root.type !== 'root' || !Array.isArray(value.root.children)) return false
  const pending: unknown[] = [value.root]
  for (let seen = 0; pending.length > 0; seen++) {
    if (seen > MAX_NODES) return false
    const node = pending.pop()
    if (!isObject(node) || typeof node.type !== 'string') return false
    if (node.type === 'text' && typeof node.text !== 'string') return false
    if ('children' in node) {
      if (!Array.isArray(node.children)) return false
      pending.push(...node.children)
    }
  }
  return true
}
