import type { RichTextData } from './headingShift'

type Node = { [key: string]: unknown }

const textOf = (node: Node): string =>
  typeof node.text === 'string'
    ? node.text
    : Array.isArray(node.children)
      ? node.children.map((child: Node) => textOf(child)).join('')
      : ''

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * Whether a rich text opens with the given words. Some profiles (Sherbrooke's key sectors) use
 * their first paragraph as their summary; printing both would say the same thing twice.
 */
export function opensWith(data: RichTextData, text: string): boolean {
  const first = data.root.children[0]
  return first !== undefined && normalize(textOf(first)) === normalize(text)
}
