import {
  APIError,
  commitTransaction,
  Forbidden,
  initTransaction,
  killTransaction,
  NotFound,
  UnauthorizedError,
  addDataAndFileToRequest,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { isEditorUser } from '@/access/isEditor'
import { collectionSlugs } from '@/constants/slugs'
import { translate } from '@/i18n/messages'
import type { Release } from '@/payload-types'

import { onSitePath } from '@/site/preview/onSitePath'
import { itemsKey, signReleaseLink } from '@/site/preview/releaseLink'

import { itemsOf } from './items'
import { publishRelease, reasonsOf } from './publishRelease'
import { PUBLISH_RELEASE } from './publishReleaseTask'
import { rollbackRelease } from './rollbackRelease'
import { isPublishable, releaseStatusLabels } from './statuses'

/** The release the route names, read as the signed-in editor; 401, 403 and 404 otherwise. */
async function releaseFor(req: PayloadRequest): Promise<Release> {
  if (!req.user) throw new UnauthorizedError(req.t)
  if (!isEditorUser(req.user)) throw new Forbidden(req.t)
  const id = Number(req.routeParams?.id)
  const release = Number.isInteger(id)
    ? await req.payload.findByID({
        collection: collectionSlugs.releases,
        id,
        depth: 0,
        disableErrors: true,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : null
  if (!release) throw new NotFound(req.t)
  return release
}

const statusName = (req: PayloadRequest, status: Release['status']) =>
  releaseStatusLabels[status ?? 'open'][req.i18n?.language === 'fr' ? 'fr' : 'en']

/** 409: the release is not in a state this action starts from. */
const conflict = (
  req: PayloadRequest,
  key: 'releaseNotOpen' | 'releaseNotPublished',
  release: Release,
) => new APIError(translate(req, key, { status: statusName(req, release.status) }), 409, null, true)

/** The fields a front end or the admin needs after an action. */
const summary = (release: Release) => ({
  id: release.id,
  status: release.status,
  publishAt: release.publishAt ?? null,
  publishedAt: release.publishedAt ?? null,
  results: release.results ?? [],
})

/** `POST /api/releases/:id/publish`: every document live in one commit, or none (400). */
const publish: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => {
    const release = await releaseFor(req)
    if (!isPublishable(release.status)) throw conflict(req, 'releaseNotOpen', release)
    if (!release.items?.length) throw new APIError(translate(req, 'releaseEmpty'), 400, null, true)
    const done = await publishRelease(req.payload, release.id, { user: req.user, i18n: req.i18n })
    if (done.outcome === 'notFound') throw new NotFound(req.t)
    if (done.outcome === 'unchanged') throw conflict(req, 'releaseNotOpen', done.release)
    if (done.outcome === 'failed')
      return Response.json(
        {
          errors: [{ message: translate(req, 'releaseFailed'), data: summary(done.release) }],
        },
        { status: 400 },
      )
    return Response.json({ doc: summary(done.release) })
  },
}

/** `POST /api/releases/:id/rollback`: every document back to what was live before, in one commit. */
const rollback: Endpoint = {
  path: '/:id/rollback',
  method: 'post',
  handler: async (req) => {
    const release = await releaseFor(req)
    if (release.status !== 'published') throw conflict(req, 'releaseNotPublished', release)
    const done = await rollbackRelease(req.payload, release.id, { user: req.user, i18n: req.i18n })
    if (done.outcome === 'notFound') throw new NotFound(req.t)
    if (done.outcome === 'unchanged') throw conflict(req, 'releaseNotPublished', done.release)
    return Response.json({ doc: summary(done.release) })
  },
}

/** A date in the future, or a 400 naming `publishAt` in the reader's language. */
function publishAtOf(req: PayloadRequest): Date {
  const value = (req.data as { publishAt?: unknown } | undefined)?.publishAt
  const date = typeof value === 'string' && value ? new Date(value) : new Date(Number.NaN)
  if (Number.isNaN(date.getTime()) || date.getTime() <= Date.now())
    throw new APIError(translate(req, 'releasePublishAt'), 400, [{ path: 'publishAt' }], true)
  return date
}

/** Removes the release's queued job, if any (in the request's transaction). */
async function dropJob(req: PayloadRequest, release: Release) {
  if (!release.job) return
  await req.payload.delete({
    collection: 'payload-jobs',
    where: { id: { equals: release.job }, completedAt: { exists: false } },
    overrideAccess: true, // the release's own job; the editor's right was checked
    req,
  })
}

/** Runs `write` in one transaction on the endpoint's own request. */
async function inTransaction<T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await write()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/** `POST /api/releases/:id/schedule { publishAt }`: a job publishes the release then, once. */
const schedule: Endpoint = {
  path: '/:id/schedule',
  method: 'post',
  handler: async (req) => {
    const release = await releaseFor(req)
    await addDataAndFileToRequest(req)
    const publishAt = publishAtOf(req)
    if (!isPublishable(release.status)) throw conflict(req, 'releaseNotOpen', release)
    if (!release.items?.length) throw new APIError(translate(req, 'releaseEmpty'), 400, null, true)
    // As a single scheduled publication is (src/plugins/schedules): refused now if it would fail now.
    const items = itemsOf(release)
    const reasons = await reasonsOf(req.payload, items, { user: req.user, i18n: req.i18n })
    if (reasons.some(Boolean)) {
      const results = items.map((item, i) => ({
        relationTo: item.relationTo,
        value: String(item.value),
        reasonEn: reasons[i]?.en ?? null,
        reasonFr: reasons[i]?.fr ?? null,
      }))
      return Response.json(
        { errors: [{ message: translate(req, 'releaseWouldFail'), data: { results } }] },
        { status: 400 },
      )
    }
    const scheduled = await inTransaction(req, async () => {
      await dropJob(req, release)
      const job = await req.payload.jobs.queue({
        task: PUBLISH_RELEASE,
        input: { release: release.id, user: Number(req.user!.id) },
        waitUntil: publishAt,
        req,
      })
      return req.payload.update({
        collection: collectionSlugs.releases,
        id: release.id,
        data: { status: 'scheduled', publishAt: publishAt.toISOString(), job: Number(job.id) },
        depth: 0,
        overrideAccess: true, // system fields; the editor's right was checked
        req,
      })
    })
    return Response.json({ doc: summary(scheduled) })
  },
}

/** `POST /api/releases/:id/unschedule`: the job is removed, the release open again. */
const unschedule: Endpoint = {
  path: '/:id/unschedule',
  method: 'post',
  handler: async (req) => {
    const release = await releaseFor(req)
    if (release.status !== 'scheduled')
      throw new APIError(translate(req, 'releaseNotScheduled'), 409, null, true)
    const opened = await inTransaction(req, async () => {
      await dropJob(req, release)
      return req.payload.update({
        collection: collectionSlugs.releases,
        id: release.id,
        data: { status: 'open', publishAt: null, job: null },
        depth: 0,
        overrideAccess: true, // as above
        req,
      })
    })
    return Response.json({ doc: summary(opened) })
  },
}

/**
 * `GET /api/releases/:id/preview-link?path=/fr`: a signed, expiring link to the site that shows
 * the drafts of this release's documents, and only those, to the editor who opens it.
 */
const previewLink: Endpoint = {
  path: '/:id/preview-link',
  method: 'get',
  handler: async (req) => {
    const release = await releaseFor(req)
    const asked = typeof req.query?.path === 'string' ? req.query.path : '/en'
    const path = onSitePath(asked)
    if (!path) throw new APIError(translate(req, 'releasePreviewPath'), 400, null, true)
    const query = signReleaseLink(req.payload, {
      release: String(release.id),
      items: itemsKey(release.items ?? []),
      path: asked,
    })
    return Response.json({ url: `${req.payload.config.serverURL}/preview/release?${query}` })
  },
}

export const releaseEndpoints: Endpoint[] = [publish, schedule, unschedule, rollback, previewLink]
