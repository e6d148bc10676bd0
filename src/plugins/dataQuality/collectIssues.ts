import type { Payload, Where } from 'payload'

import { collectionSlugs, globalSlugs } from '@/constants/slugs'

import type { QualityIssue, Reference as Named } from './rules'
import { walkDocument, type FoundIssue, type Reference } from './walkDocument'

/** The collections the desk covers, with where their owning organization is found. */
export const coveredCollections = {
  [collectionSlugs.clusters]: 'secretariat',
  [collectionSlugs.quotes]: 'organization',
  [collectionSlugs.companies]: 'clusters.secretariat',
  [collectionSlugs.organizations]: null,
  [collectionSlugs.stories]: null,
  [collectionSlugs.ambassadors]: null,
  [collectionSlugs.pages]: null,
} as const

export type CoveredCollection = keyof typeof coveredCollections
export const coveredSlugs = Object.keys(coveredCollections) as CoveredCollection[]

/** The globals the desk covers: no organization owns them, so only editors see their issues. */
export const coveredGlobals = [globalSlugs.ecosystemFigures] as const
export type CoveredGlobal = (typeof coveredGlobals)[number]

export type IssueScope = {
  /** A secretariat's organization: only the documents it owns (null: every document). */
  organization: number | null
  collections: readonly CoveredCollection[]
  /** Globals too (editors only: no organization owns one). */
  globals?: readonly CoveredGlobal[]
  /** One document only. */
  id?: number
}

export type QualitySettings = { staleFigureYears: number }

type Doc = Record<string, unknown> & { id: number }

const idOf = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : typeof value === 'object' && value !== null && typeof (value as Doc).id === 'number'
      ? (value as Doc).id
      : undefined

const ids = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is number => id !== undefined)

const nameIn = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (typeof value === 'object' && value !== null) {
    const localized = value as Record<string, unknown>
    return String(localized.en ?? localized.fr ?? '')
  }
  return ''
}

/** Where a secretariat's own documents of a collection are (the rule its update access uses). */
export function ownedWhere(collection: CoveredCollection, organization: number): Where | null {
  const path = coveredCollections[collection]
  return path ? { [path]: { equals: organization } } : null
}

/**
 * The quality issues of the documents in `scope`, computed now from their latest versions (drafts
 * included) in every locale. The caller has checked who asks: the reads here are the system's.
 */
export async function collectIssues(
  payload: Payload,
  scope: IssueScope,
  settings: QualitySettings,
): Promise<{ issues: QualityIssue[]; clusters: Named[] }> {
  const locales = payload.config.localization ? payload.config.localization.localeCodes : ['en']
  const adminRoute = payload.config.routes.admin
  const [clusterNames, organizationNames] = await Promise.all([
    namesOf(payload, collectionSlugs.clusters, 'name', ['secretariat']),
    namesOf(payload, collectionSlugs.organizations, 'name', []),
  ])
  const named = (id: number, names: Map<number, Named & Doc>): Named => ({
    id,
    name: names.get(id)?.name ?? String(id),
  })

  const issues: QualityIssue[] = []
  const pending: Array<{
    base: Omit<QualityIssue, keyof FoundIssue | 'adminUrl'>
    media: Reference[]
    links: Reference[]
  }> = []
  const clusterIds: number[] = []
  for (const collection of scope.collections) {
    const where: Where[] = []
    if (scope.organization !== null) {
      const own = ownedWhere(collection, scope.organization)
      if (!own) continue
      where.push(own)
    }
    if (scope.id !== undefined) where.push({ id: { equals: scope.id } })
    const { docs } = await payload.find({
      collection,
      where: where.length ? { and: where } : undefined,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true, // the endpoint has checked the reader and narrowed the scope to what it may see
    })
    const config = payload.collections[collection].config
    for (const doc of docs as unknown as Doc[]) {
      const { organizations, clusters } = belonging(collection, doc, clusterNames)
      const base = {
        collection,
        documentId: doc.id,
        documentTitle: nameIn(doc[config.admin.useAsTitle ?? 'id']) || String(doc.id),
        organizations: organizations.map((id) => named(id, organizationNames)),
        clusters: clusters.map((id) => named(id, clusterNames)),
      }
      const walked = walkDocument(config.fields, doc, {
        staleFigureYears: settings.staleFigureYears,
        currentYear: new Date().getFullYear(),
        locales,
        blocks: payload.config.blocks ?? [],
      })
      const url = `${adminRoute}/collections/${collection}/${doc.id}`
      issues.push(...walked.issues.map((found) => withBase(base, found, url)))
      pending.push({ base, media: walked.media, links: walked.links })
      if (collection === collectionSlugs.clusters) clusterIds.push(doc.id)
    }
  }

  for (const slug of scope.organization === null ? (scope.globals ?? []) : []) {
    const global = await payload.findGlobal({
      slug,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true, // editors only (checked by the caller: organization is null)
    })
    const config = payload.globals.config.find((g) => g.slug === slug)
    if (!config) continue
    const base = {
      collection: slug,
      documentId: null,
      documentTitle: nameIn(config.label) || slug,
      organizations: [],
      clusters: [],
    }
    const walked = walkDocument(config.fields, global as unknown as Record<string, unknown>, {
      staleFigureYears: settings.staleFigureYears,
      currentYear: new Date().getFullYear(),
      locales,
      blocks: payload.config.blocks ?? [],
    })
    const url = `${adminRoute}/globals/${slug}`
    issues.push(...walked.issues.map((found) => withBase(base, found, url)))
    pending.push({ base, media: walked.media, links: walked.links })
  }

  const [missingAlt, brokenLinks, clusterGaps] = await Promise.all([
    mediaWithoutAlt(
      payload,
      pending.flatMap((p) => p.media.map((m) => m.id!)),
      locales,
    ),
    brokenLinksAmong(
      payload,
      pending.flatMap((p) => p.links.map((l) => l.url!)),
    ),
    clustersWithoutQuotesOrLeaders(payload, clusterIds),
  ])
  for (const { base, media, links } of pending) {
    const url =
      base.documentId === null
        ? `${adminRoute}/globals/${base.collection}`
        : `${adminRoute}/collections/${base.collection}/${base.documentId}`
    for (const ref of media)
      for (const locale of missingAlt.get(ref.id!) ?? [])
        issues.push(
          withBase(
            base,
            {
              rule: 'image-without-alt',
              locale,
              fieldPath: ref.fieldPath,
              message: {
                en: `The image (media ${ref.id}) has no alternative text in ${locale === 'fr' ? 'French' : 'English'}.`,
                fr: `L’image (média ${ref.id}) n’a pas de texte de remplacement en ${locale === 'fr' ? 'français' : 'anglais'}.`,
              },
              detectedValue: ref.id,
            },
            url,
          ),
        )
    for (const ref of links) {
      const check = brokenLinks.get(ref.url!)
      if (check)
        issues.push(
          withBase(
            base,
            {
              rule: 'broken-link',
              locale: null,
              fieldPath: ref.fieldPath,
              message: {
                en: `The link ${ref.url} does not answer (${check.error}, checked ${check.checkedAt}).`,
                fr: `Le lien ${ref.url} ne répond pas (${check.error}, vérifié le ${check.checkedAt}).`,
              },
              detectedValue: { url: ref.url, ...check },
            },
            url,
          ),
        )
    }
    if (base.collection === collectionSlugs.clusters && base.documentId !== null) {
      const gap = clusterGaps.get(base.documentId)
      if (!gap?.quotes)
        issues.push(
          withBase(
            base,
            {
              rule: 'cluster-without-quote',
              locale: null,
              fieldPath: 'quotes',
              message: {
                en: 'This cluster has no published quote.',
                fr: 'Cette grappe n’a aucune citation publiée.',
              },
              detectedValue: 0,
            },
            url,
          ),
        )
      if (!gap?.leaders)
        issues.push(
          withBase(
            base,
            {
              rule: 'cluster-without-leaders',
              locale: null,
              fieldPath: 'leaders',
              message: {
                en: 'This cluster has no published leader company.',
                fr: 'Cette grappe n’a aucune entreprise chef de file publiée.',
              },
              detectedValue: 0,
            },
            url,
          ),
        )
    }
  }
  return { issues, clusters: clusterIds.map((id) => named(id, clusterNames)) }
}

function withBase(
  base: Omit<QualityIssue, keyof FoundIssue | 'adminUrl'>,
  found: FoundIssue,
  documentUrl: string,
): QualityIssue {
  // Payload's admin gives each field the id `field-` + its path with `__` for dots.
  const anchor = `field-${found.fieldPath.replace(/\./g, '__')}`
  return { ...base, ...found, adminUrl: `${documentUrl}#${anchor}` }
}

function belonging(
  collection: CoveredCollection,
  doc: Doc,
  clusters: Map<number, Named & Doc>,
): { organizations: number[]; clusters: number[] } {
  const secretariatOf = (cluster: number) => idOf(clusters.get(cluster)?.secretariat)
  switch (collection) {
    case collectionSlugs.clusters:
      return { organizations: ids(doc.secretariat), clusters: [doc.id] }
    case collectionSlugs.quotes:
      return { organizations: ids(doc.organization), clusters: ids(doc.cluster) }
    case collectionSlugs.companies: {
      const led = ids(doc.clusters)
      const owners = led.map(secretariatOf).filter((id): id is number => id !== undefined)
      return { organizations: [...new Set(owners)], clusters: led }
    }
    case collectionSlugs.organizations:
      return { organizations: [doc.id], clusters: [] }
    default:
      return { organizations: ids(doc.organization), clusters: [] }
  }
}

async function namesOf(
  payload: Payload,
  collection: 'clusters' | 'organizations',
  title: string,
  extra: string[],
): Promise<Map<number, Named & Doc>> {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft: true,
    pagination: false,
    locale: 'en',
    select: Object.fromEntries([title, ...extra].map((field) => [field, true])),
    overrideAccess: true, // names for the issues the endpoint already lets its reader see
  })
  return new Map(
    (docs as unknown as Doc[]).map((doc) => [
      doc.id,
      { ...doc, id: doc.id, name: nameIn(doc[title]) },
    ]),
  )
}

async function mediaWithoutAlt(payload: Payload, ids: number[], locales: readonly string[]) {
  const missing = new Map<number, string[]>()
  if (!ids.length) return missing
  const { docs } = await payload.find({
    collection: collectionSlugs.media,
    where: { id: { in: [...new Set(ids)] } },
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { alt: true },
    overrideAccess: true, // alt texts of the images of documents the reader may see
  })
  for (const doc of docs as unknown as Doc[]) {
    const alt = (doc.alt ?? {}) as Record<string, unknown>
    const blank = locales.filter((l) => typeof alt[l] !== 'string' || !(alt[l] as string).trim())
    if (blank.length) missing.set(doc.id, blank)
  }
  return missing
}

type BrokenLink = {
  status: number | null
  error: string | null
  checkedAt: string
  finalUrl: string | null
}

async function brokenLinksAmong(payload: Payload, urls: string[]) {
  const broken = new Map<string, BrokenLink>()
  if (!urls.length) return broken
  const { docs } = await payload.find({
    collection: collectionSlugs.linkChecks,
    where: { and: [{ url: { in: [...new Set(urls)] } }, { ok: { equals: false } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true, // the link checker's results, for documents the reader may see
  })
  for (const check of docs)
    broken.set(check.url, {
      status: check.status ?? null,
      error: check.error ?? null,
      checkedAt: check.checkedAt,
      finalUrl: check.finalUrl ?? null,
    })
  return broken
}

async function clustersWithoutQuotesOrLeaders(payload: Payload, clusterIds: number[]) {
  const found = new Map<number, { quotes: number; leaders: number }>()
  if (!clusterIds.length) return found
  const count = (id: number) => {
    if (!found.has(id)) found.set(id, { quotes: 0, leaders: 0 })
    return found.get(id)!
  }
  const published: Where = { _status: { equals: 'published' } }
  const [quotes, companies] = await Promise.all([
    payload.find({
      collection: collectionSlugs.quotes,
      where: { and: [published, { cluster: { in: clusterIds } }] },
      select: { cluster: true },
      depth: 0,
      pagination: false,
      overrideAccess: true, // counts only, for clusters the reader may see
    }),
    payload.find({
      collection: collectionSlugs.companies,
      where: { and: [published, { clusters: { in: clusterIds } }] },
      select: { clusters: true },
      depth: 0,
      pagination: false,
      overrideAccess: true, // counts only, for clusters the reader may see
    }),
  ])
  for (const quote of quotes.docs) for (const id of ids(quote.cluster)) count(id).quotes++
  for (const company of companies.docs) for (const id of ids(company.clusters)) count(id).leaders++
  return found
}
