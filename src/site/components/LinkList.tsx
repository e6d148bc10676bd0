import type { Links } from '@/payload-types'

/** Outbound links; they open in the same tab, as the reader expects of a link. */
export function LinkList({ links }: { links: NonNullable<Links> }) {
  return (
    <ul className="links">
      {links.map((link, index) => (
        <li key={link.id ?? index}>
          <a href={link.url}>{link.label}</a>
        </li>
      ))}
    </ul>
  )
}
