import type { Ambassador } from '@/payload-types'

/** "Name – Role", as a page lists ambassadors; their words are on the ambassadors page. */
export function AmbassadorListItem({ ambassador }: { ambassador: Ambassador }) {
  return (
    <li className="ambassador-item">
      <span className="ambassador-name">{ambassador.name}</span>
      {` – ${ambassador.role}`}
    </li>
  )
}
