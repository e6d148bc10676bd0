import { accessMatrix, type Operation, type PrincipalName } from '@/access/matrix'

const roleNames: Record<PrincipalName, string> = {
  anonymous: 'anyone',
  apiClient: 'API clients',
  secretariat: 'secretariats',
  communications: 'communications',
  admin: 'admins',
}

/** Who may do `operation` on `slug`, from the access table the tests run (src/access/matrix.ts). */
export function whoMay(slug: string, operation: Operation): PrincipalName[] {
  const rows = (accessMatrix as Record<string, Record<PrincipalName, Record<Operation, unknown>>>)[
    slug
  ]
  if (!rows) return []
  return (Object.keys(rows) as PrincipalName[]).filter((who) => rows[who][operation] === 'allowed')
}

/** "Allowed: communications, admins." for an operation's description. */
export function allowedLine(slug: string, operation: Operation): string {
  const who = whoMay(slug, operation)
  return who.length ? `Allowed: ${who.map((name) => roleNames[name]).join(', ')}.` : ''
}
