import type { CollectionSlug } from 'payload'

import { mcpApiKeysSlug } from '@/constants/slugs'

/**
 * Who may do what, as data. The access tests run every cell of this table through REST, GraphQL
 * and the Local API, and `npm run docs:roles` renders it into docs/roles.md. A collection missing
 * from the table fails to compile.
 *
 * Targets: "other" documents belong to another organization than the secretariat's (for
 * collections without an owner, any document); "own" ones to the secretariat's organization, or
 * to the caller itself for users.
 */
export const principals = [
  'anonymous',
  'apiClient',
  'secretariat',
  'communications',
  'admin',
] as const
export type PrincipalName = (typeof principals)[number]

export const operations = {
  list: 'sees another organization’s published document in a list',
  readPublished: 'reads another organization’s published document',
  readDraft: 'reads another organization’s draft',
  create: 'creates a document (as a draft where there are drafts)',
  updateOwn: 'updates its own (organization’s) document (as a draft where there are drafts)',
  updateOther: 'updates another organization’s document',
  publish: 'publishes a draft of its own organization',
  delete: 'deletes a document',
  readVersions: 'reads the version history of its own (organization’s) document',
  updateLive: 'updates its own published document without a draft flag',
  updateDraftFalse: 'updates its own published document with `draft=false`',
  unpublish: 'unpublishes its own document with `_status: "draft"` and no draft flag',
  bulkUpdate: 'updates its own published document by a `where` (bulk), without a draft flag',
  restoreVersion: 'restores a version of its own document without a draft flag',
  duplicate: 'duplicates its own published document with `draft=false`',
  lock: 'locks its own (organization’s) document in its own name (payload-locked-documents)',
  unlock: 'releases someone else’s lock on its own (organization’s) document',
} as const
export type Operation = keyof typeof operations

/** The exact answer a cell expects; each interface checks its own form of it. */
export const outcomes = {
  allowed: 'carried out',
  forbidden: '403 Forbidden (REST and GraphQL status 403, Local API throws `Forbidden`)',
  notFound: '404 Not Found: the document is hidden from this principal (`NotFound`)',
  hidden: 'the list answers, without the document',
} as const
export type Outcome = keyof typeof outcomes
/** null: the operation does not exist for this collection. */
export type Cell = Outcome | null
export type Row = Record<Operation, Cell>

/** One letter per operation, in the order of `operations`: a typo or a missing cell fails to compile. */
type Letter = 'y' | 'n' | 'x' | 'h' | '-'
const letters = {
  y: 'allowed',
  n: 'forbidden',
  x: 'notFound',
  h: 'hidden',
  '-': null,
} as const satisfies Record<Letter, Cell>
const order = [
  'list',
  'readPublished',
  'readDraft',
  'create',
  'updateOwn',
  'updateOther',
  'publish',
  'delete',
  'readVersions',
  'updateLive',
  'updateDraftFalse',
  'unpublish',
  'bulkUpdate',
  'restoreVersion',
  'duplicate',
  'lock',
  'unlock',
] as const satisfies readonly Operation[]
// Every operation has its place in `order` (checked by the compiler).
type MissingFromOrder = Exclude<Operation, (typeof order)[number]>
const orderIsComplete: [MissingFromOrder] extends [never] ? true : never = true
type LettersOf<T extends readonly unknown[]> = { -readonly [K in keyof T]: Letter }
type Letters = LettersOf<typeof order>

const row = (...cells: Letters): Row => {
  void orderIsComplete
  return Object.fromEntries(order.map((op, i) => [op, letters[cells[i]]])) as Row
}

// Columns: list read draft create own other publish delete versions live false unpub bulk restore dup lock unlock
// prettier-ignore
const everything = row('y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y')
// prettier-ignore
const readPublishedOnly = row('y', 'y', 'x', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n')
// prettier-ignore
const preview = row('y', 'y', 'y', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n')

type Rows = Record<PrincipalName, Row>

/** Public content with no owner among the secretariats. */
const editorial: Rows = {
  anonymous: readPublishedOnly,
  apiClient: preview,
  secretariat: readPublishedOnly,
  communications: everything,
  admin: everything,
}

/** Content a secretariat keeps for its own organization, as drafts that editors publish. */
const secretariatOwned = (canCreate: boolean): Rows => ({
  ...editorial,
  // prettier-ignore
  secretariat: row('h', 'x', 'x', canCreate ? 'y' : 'n', 'y', 'n', 'n', 'n', 'y', 'n', 'n', 'n', 'n', 'n', 'n', 'y', 'y'),
})

/** Only admins, e.g. API keys and webhooks. */
// prettier-ignore
const adminOnly: Rows = {
  anonymous: row('n', 'n', '-', 'n', '-', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
  apiClient: row('n', 'n', '-', 'n', '-', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
  secretariat: row('n', 'n', '-', 'n', '-', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
  communications: row('n', 'n', '-', 'n', '-', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
  admin: row('y', 'y', '-', 'y', '-', 'y', '-', 'y', '-', '-', '-', '-', '-', '-', '-', 'y', 'y'),
}

/** Internal tables that editors keep, e.g. redirects: nobody else reads them. */
// prettier-ignore
const editorsOnly: Rows = {
  ...adminOnly,
  communications: adminOnly.admin,
}

/** Records the system writes: admins read them, nobody changes them (so nobody may lock them). */
// prettier-ignore
const systemRecords: Rows = {
  ...adminOnly,
  admin: row('y', 'y', '-', 'n', '-', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
}

/**
 * Collections of the config the table must cover: Payload's own `payload-*` ones excepted, but
 * not the MCP plugin's API keys, which admins manage like any collection of ours.
 */
export type MatrixCollection = Exclude<CollectionSlug, `payload-${string}`> | typeof mcpApiKeysSlug
/** Whether the table covers a collection of the config. */
export const inAccessMatrix = (slug: string): boolean =>
  !slug.startsWith('payload-') || slug === mcpApiKeysSlug

export const accessMatrix = {
  organizations: editorial,
  clusters: secretariatOwned(false),
  quotes: secretariatOwned(true),
  companies: secretariatOwned(true),
  stories: editorial,
  ambassadors: editorial,
  pages: editorial,
  // prettier-ignore
  media: {
    anonymous: row('y', 'y', '-', 'n', '-', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
    apiClient: row('y', 'y', '-', 'n', '-', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
    // Uploads for its organization; deletes its own files that nothing published shows.
    secretariat: row('y', 'y', '-', 'y', '-', 'n', '-', 'y', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
    communications: row('y', 'y', '-', 'y', '-', 'y', '-', 'y', '-', '-', '-', '-', '-', '-', '-', 'y', 'y'),
    admin: row('y', 'y', '-', 'y', '-', 'y', '-', 'y', '-', '-', '-', '-', '-', '-', '-', 'y', 'y'),
  },
  // prettier-ignore
  users: {
    anonymous: row('n', 'n', '-', 'n', '-', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
    apiClient: row('n', 'n', '-', 'n', '-', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'n', 'n'),
    secretariat: row('y', 'y', '-', 'n', 'y', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'y', 'y'),
    communications: row('y', 'y', '-', 'n', 'y', 'n', '-', 'n', '-', '-', '-', '-', '-', '-', '-', 'y', 'y'),
    admin: row('y', 'y', '-', 'y', 'y', 'y', '-', 'y', '-', '-', '-', '-', '-', '-', '-', 'y', 'y'),
  },
  'api-clients': adminOnly,
  webhooks: adminOnly,
  'webhook-deliveries': systemRecords,
  'audit-log': systemRecords,
  // Keys that let an AI assistant read the published content over MCP (src/plugins/mcp).
  [mcpApiKeysSlug]: adminOnly,
  redirects: editorsOnly,
  // The link checker's results (src/plugins/dataQuality): editors read them, the job writes them.
  'link-checks': { ...systemRecords, communications: systemRecords.admin },
  // Documents published together (src/plugins/releases): communications and admins only.
  releases: editorsOnly,
} as const satisfies Record<MatrixCollection, Rows>

/** The table as Markdown, one section per collection (docs/roles.md). */
export function renderAccessMatrix(): string {
  const ops = Object.keys(operations) as Operation[]
  const marks: Record<Outcome, string> = {
    allowed: '✅',
    forbidden: '❌',
    notFound: '🔍',
    hidden: '🙈',
  }
  const mark = (cell: Cell) => (cell === null ? '–' : marks[cell])
  const lines = [
    '# Who may do what',
    '',
    '<!-- Generated by `npm run docs:roles` from src/access/matrix.ts; the access tests run every cell. -->',
    '',
    'Each cell is checked through REST, GraphQL and the Local API (`overrideAccess: false`), and',
    'must give exactly this answer:',
    '',
    ...(Object.keys(outcomes) as Outcome[]).map((o) => `- ${marks[o]} ${outcomes[o]}`),
    '- – does not apply.',
    '',
    '| operation | meaning |',
    '| --- | --- |',
    ...ops.map((op) => `| ${op} | ${operations[op]} |`),
    '',
  ]
  for (const [collection, rows] of Object.entries(accessMatrix)) {
    lines.push(
      `## ${collection}`,
      '',
      `| role | ${ops.join(' | ')} |`,
      `| --- | ${ops.map(() => ':-:').join(' | ')} |`,
    )
    for (const principal of principals)
      lines.push(`| ${principal} | ${ops.map((op) => mark(rows[principal][op])).join(' | ')} |`)
    lines.push('')
  }
  return lines.join('\n')
}
