import type { ReactNode } from 'react'

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

/** The level below `level`, kept at h6 at most, so nested sections keep headings in order. */
export const below = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel

type HeadingProps = {
  level: HeadingLevel
  children: ReactNode
  id?: string
  className?: string
}

/** A heading whose level depends on where a component is placed (a page, a block, a grid). */
export function Heading({ level, children, id, className }: HeadingProps) {
  const Tag = `h${level}` as const
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  )
}
