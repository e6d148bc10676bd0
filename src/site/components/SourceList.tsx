import type { SourceCitations } from '@/payload-types'

export function SourceList({ sources }: { sources: NonNullable<SourceCitations> }) {
  return (
    <ul className="sources">
      {sources.map((source, index) => (
        <li key={source.id ?? index}>
          {source.year ? `${source.text} (${source.year})` : source.text}
        </li>
      ))}
    </ul>
  )
}
