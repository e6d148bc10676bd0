import { Forbidden, NotFound, UnauthorizedError, type Endpoint, type PayloadRequest } from 'payload'

import { isApiClient } from '@/access/isApiClient'
import { isEditorUser } from '@/access/isEditor'
import { isSecretariatUser } from '@/access/isSecretariat'
import { organizationOf } from '@/access/roles'
import { BadParameter } from '@/server/http/badInput/badParameter'
import { answerInContentLanguage } from '@/plugins/strictWrites/readerLanguage'

import {
  collectIssues,
  coveredGlobals,
  coveredSlugs,
  ownedWhere,
  type QualitySettings,
} from './collectIssues'
import { documentParamsOf, issueFiltersOf, type IssueFilters } from './issueParams'
import type { QualityIssue } from './rules'
import { clusterScores, countsByRule } from './score'

/**
 * Who may read issues, and of which organization's documents: editors every document (null), a
 * secretariat its own organization's. Anonymous readers are a 401, API clients (front ends,
 * which read content, not its upkeep) and secretariats without an organization a 403.
 */
function readerScope(req: PayloadRequest): number | null {
  if (!req.user) throw new UnauthorizedError(req.t)
  if (isEditorUser(req.user)) return null
  const organization = organizationOf(req.user)
  if (isApiClient(req.user) || !isSecretariatUser(req.user) || organization === undefined)
    throw new Forbidden(req.t)
  return organization
}

const badRequest = (req: PayloadRequest, error: unknown) => {
  if (!(error instanceof BadParameter)) throw error
  const t = req.t as (key: string, vars?: Record<string, unknown>) => string
  return Response.json({ errors: [{ message: error.messageIn(t) }] }, { status: 400 })
}

function filtered(issues: QualityIssue[], filters: IssueFilters): QualityIssue[] {
  const year = new Date().getFullYear()
  return issues.filter(
    (issue) =>
      (!filters.rule || issue.rule === filters.rule) &&
      (!filters.locale || issue.locale === null || issue.locale === filters.locale) &&
      (filters.olderThan === undefined ||
        (issue.year !== undefined && year - issue.year > filters.olderThan)),
  )
}

/**
 * `GET /api/data-quality/issues?rule=&collection=&organization=&olderThan=&locale=`: the issues
 * of every document the reader may see, counts by rule and a score per cluster. Computed on each
 * request from one read per collection (see README, "Data-quality desk").
 */
export const issuesEndpoint = (settings: QualitySettings): Endpoint => ({
  path: '/data-quality/issues',
  method: 'get',
  handler: async (req) => {
    await answerInContentLanguage(req)
    const own = readerScope(req)
    const locales = req.payload.config.localization
      ? req.payload.config.localization.localeCodes
      : ['en']
    let filters: IssueFilters
    try {
      filters = issueFiltersOf(req.searchParams, locales)
    } catch (error) {
      return badRequest(req, error)
    }
    const { issues, clusters } = await collectIssues(
      req.payload,
      {
        organization: own ?? filters.organization ?? null,
        collections: !filters.collection
          ? coveredSlugs
          : coveredSlugs.filter((slug) => slug === filters.collection),
        globals: !filters.collection
          ? coveredGlobals
          : coveredGlobals.filter((slug) => slug === filters.collection),
      },
      settings,
    )
    // A secretariat's `organization` filter can only narrow its own documents further.
    const scoped =
      own !== null && filters.organization !== undefined && filters.organization !== own
        ? []
        : issues
    const shown = filtered(scoped, filters)
    return Response.json({
      staleFigureYears: settings.staleFigureYears,
      total: shown.length,
      countsByRule: countsByRule(shown),
      clusters: clusterScores(scoped === issues ? clusters : [], scoped),
      issues: shown,
    })
  },
})

/** `GET /api/data-quality/issues/:collection/:id`: one document's issues (404 when it is not the reader's). */
export const documentIssuesEndpoint = (settings: QualitySettings): Endpoint => ({
  path: '/data-quality/issues/:collection/:id',
  method: 'get',
  handler: async (req) => {
    await answerInContentLanguage(req)
    const own = readerScope(req)
    let params
    try {
      params = documentParamsOf(req.routeParams)
    } catch (error) {
      return badRequest(req, error)
    }
    const ownWhere = own === null ? null : ownedWhere(params.collection, own)
    const { totalDocs } =
      own !== null && !ownWhere
        ? { totalDocs: 0 }
        : await req.payload.count({
            collection: params.collection,
            where: ownWhere
              ? { and: [ownWhere, { id: { equals: params.id } }] }
              : { id: { equals: params.id } },
            overrideAccess: true, // whether the document exists and is the reader's (checked above)
          })
    if (!totalDocs) throw new NotFound(req.t)
    const { issues } = await collectIssues(
      req.payload,
      { organization: own, collections: [params.collection], id: params.id },
      settings,
    )
    return Response.json({ total: issues.length, countsByRule: countsByRule(issues), issues })
  },
})
