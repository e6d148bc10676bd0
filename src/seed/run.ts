import { randomBytes } from 'node:crypto'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { collectionSlugs, globalSlugs } from '@/constants/slugs'
import {
  ambassadorData,
  clusterData,
  companiesOf,
  companyData,
  figureGroupsData,
  organizationData,
  pageData,
  quoteData,
  quotesOf,
  type ID,
  type Refs,
} from './build'
import { sourceContent } from './data'
import { withRowIds, type Locale } from './localize'
import { slugify } from '@/fields/slug'
import type { SeedContent } from './types'

export type SeedOptions = {
  content?: SeedContent
  log?: (line: string) => void
  admin?: { email: string; password?: string; name?: string }
}

export type SeedReport = {
  created: Record<string, number>
  existing: Record<string, number>
  /** Set when the seed created the admin account; the password is shown once. */
  admin?: { email: string; password: string }
}

/** Seed writes skip the side effects of editorial hooks (audit, notifications, cache). */
export const SEED_CONTEXT = { seeding: true }

/**
 * Imports the source pages, in English then French, inside one transaction: a failure leaves the
 * database as it was. Documents already present (same slug) are left untouched, so a second run
 * creates and changes nothing.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const { content = sourceContent, log = console.log } = options
  const report: SeedReport = { created: {}, existing: {} }
  const refs: Refs = { organizations: new Map(), clusters: new Map(), quotes: new Map() }
  const req = await createLocalReq({ context: SEED_CONTEXT }, payload)
  await initTransaction(req)

  try {
    const step = stepper(payload, req, report, log)
    await step(
      collectionSlugs.organizations,
      content.organizations,
      (o) => o.slug,
      (o, l) => organizationData(o, l),
      refs.organizations,
    )
    await step(
      collectionSlugs.clusters,
      content.clusters,
      (c) => c.slug,
      (c, l) => clusterData(c, l, refs),
      refs.clusters,
    )
    await step(
      collectionSlugs.companies,
      companiesOf(content.clusters),
      (c) => c.slug,
      (c, l) => companyData(c, l, refs),
    )
    await step(
      collectionSlugs.quotes,
      quotesOf(content.clusters, content.quotes),
      (q) => q.speakerName,
      (q, l) => quoteData(q, l, refs),
      refs.quotes,
      'speakerName',
    )
    await step(
      collectionSlugs.ambassadors,
      content.ambassadors,
      (a) => slugify(a.name),
      (a, l) => ({ ...ambassadorData(a, l, refs), slug: slugify(a.name) }),
    )
    await seedFigureGroups(payload, req, content, report, log)
    await step(
      collectionSlugs.pages,
      content.pages,
      (p) => p.slug,
      (p, l) => pageData(p, l, refs),
    )
    if (options.admin) report.admin = await seedAdmin(payload, req, options.admin, log)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    log('[seed] failed: nothing was imported (the transaction was rolled back).')
    throw error
  }
  return report
}

function stepper(
  payload: Payload,
  req: PayloadRequest,
  report: SeedReport,
  log: (line: string) => void,
) {
  return async function step<Item>(
    collection: CollectionSlug,
    items: Item[],
    keyOf: (item: Item) => string,
    build: (item: Item, locale: Locale) => Record<string, unknown>,
    refs?: Map<string, ID>,
    keyField = 'slug',
  ): Promise<void> {
    report.created[collection] = 0
    report.existing[collection] = 0
    for (const [index, item] of items.entries()) {
      const key = keyOf(item)
      const id = await findOrCreate(payload, req, collection, keyField, key, (locale) =>
        build(item, locale),
      )
      report[id.created ? 'created' : 'existing'][collection] += 1
      refs?.set(key, id.id)
      log(
        `[seed] ${collection} ${index + 1}/${items.length} ${key}: ${id.created ? 'created' : 'already there'}`,
      )
    }
  }
}

async function findOrCreate(
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug,
  keyField: string,
  key: string,
  build: (locale: Locale) => Record<string, unknown>,
): Promise<{ id: ID; created: boolean }> {
  const found = await payload.find({
    collection,
    where: { [keyField]: { equals: key } },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true, // the seed imports as the system, before any user exists
    req,
  })
  if (found.docs[0]) return { id: found.docs[0].id, created: false }

  // Payload's generated data types are per collection; the builders are typed by hand above.
  const english = { ...build('en'), _status: 'published' } as never
  const doc = await payload.create({
    collection,
    data: english,
    locale: 'en',
    depth: 0,
    overrideAccess: true,
    req,
    context: SEED_CONTEXT,
  })
  const french = withRowIds({ ...build('fr'), _status: 'published' }, doc) as never
  await payload.update({
    collection,
    id: doc.id,
    data: french,
    locale: 'fr',
    depth: 0,
    overrideAccess: true,
    req,
    context: SEED_CONTEXT,
  })
  return { id: doc.id, created: true }
}

async function seedFigureGroups(
  payload: Payload,
  req: PayloadRequest,
  content: SeedContent,
  report: SeedReport,
  log: (line: string) => void,
) {
  const slug = globalSlugs.ecosystemFigures
  const current = await payload.findGlobal({
    slug,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  const present = (current.groups ?? []).length > 0
  report.created[slug] = present ? 0 : 1
  report.existing[slug] = present ? 1 : 0
  if (!present) {
    const english = await payload.updateGlobal({
      slug,
      data: { ...figureGroupsData(content.figureGroups, 'en'), _status: 'published' },
      locale: 'en',
      depth: 0,
      overrideAccess: true,
      req,
      context: SEED_CONTEXT,
    })
    const french = withRowIds(
      { ...figureGroupsData(content.figureGroups, 'fr'), _status: 'published' as const },
      english,
    )
    await payload.updateGlobal({
      slug,
      data: french,
      locale: 'fr',
      depth: 0,
      overrideAccess: true,
      req,
      context: SEED_CONTEXT,
    })
  }
  log(
    `[seed] ${slug}: ${content.figureGroups.length} groups ${present ? 'already there' : 'created'}`,
  )
}

async function seedAdmin(
  payload: Payload,
  req: PayloadRequest,
  admin: { email: string; password?: string; name?: string },
  log: (line: string) => void,
) {
  const existing = await payload.count({
    collection: collectionSlugs.users,
    where: { email: { equals: admin.email } },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) {
    log(`[seed] users: ${admin.email} already there`)
    return undefined
  }
  const password = admin.password ?? randomBytes(12).toString('base64url')
  await payload.create({
    collection: collectionSlugs.users,
    data: { email: admin.email, password, name: admin.name ?? 'Grappes administrator', role: 'admin' },
    overrideAccess: true,
    req,
    context: SEED_CONTEXT,
  })
  log(`[seed] users: ${admin.email} created`)
  return { email: admin.email, password }
}
