import type { Cluster } from '@/payload-types'

export function HighlightList({ highlights }: { highlights: NonNullable<Cluster['highlights']> }) {
  return (
    <ul className="highlights">
      {highlights.map((highlight, index) => (
        <li key={highlight.id ?? index}>{highlight.text}</li>
      ))}
    </ul>
  )
}
