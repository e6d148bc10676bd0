import type { HeadingLevel } from '../Heading'

import type { RichTextBlock } from '@/payload-types'

/** Stored rich text, as Payload's generated types give it (the same for every richText field). */
export type RichTextData = RichTextBlock['content']

const levelOf = (tag: unknown): number | undefined => {
  const match = typeof tag === 'string' ? /^h([1-6])$/.exec(tag) : null
  return match ? Number(match[1]) : undefined
}

/**
 * Editors pick heading tags freely (the seeded pages open with an h3). So that a page keeps its
 * headings in order, the highest heading of a rich text is moved to `baseLevel` and the others
 * follow it. Returns the number of levels to add to each heading.
 */
export function headingOffset(data: RichTextData, baseLevel: HeadingLevel): number {
  const levels = data.root.children.flatMap((node) =>
    node.type === 'heading' ? (levelOf(node.tag) ?? []) : [],
  )
  return levels.length ? baseLevel - Math.min(...levels) : 0
}

export const shiftedLevel = (tag: unknown, offset: number): HeadingLevel =>
  Math.min(Math.max((levelOf(tag) ?? 2) + offset, 2), 6) as HeadingLevel
