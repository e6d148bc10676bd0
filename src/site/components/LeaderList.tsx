import type { Company } from '@/payload-types'

/** Leader companies, linked to their own site when the profile gives one. */
export function LeaderList({ companies }: { companies: Company[] }) {
  return (
    <ul className="leaders">
      {companies.map((company) => (
        <li key={company.id}>
          {company.website ? <a href={company.website}>{company.name}</a> : company.name}
        </li>
      ))}
    </ul>
  )
}
