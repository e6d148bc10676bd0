import {
  APIError,
  docAccessOperation,
  docAccessOperationGlobal,
  Forbidden,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { isEditorUser } from '@/access/isEditor'
import type { TaskSchedulePublish } from '@/payload-types'
import { translate } from '@/i18n/messages'

import { SCHEDULE_PUBLISH, type ScheduleInput } from './scheduleInput'

type ScheduleBody = {
  type?: unknown
  doc?: unknown
  global?: unknown
  locale?: unknown
  timezone?: unknown
  waitUntil?: unknown
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)

/** The document or global a request names, if it is one with scheduled publishing. */
function targetOf(req: PayloadRequest, body: ScheduleBody): Pick<ScheduleInput, 'doc' | 'global'> {
  const doc = body.doc as { relationTo?: unknown; value?: unknown } | undefined
  const slug = text(doc?.relationTo)
  const id = doc?.value
  if (slug && (typeof id === 'string' || typeof id === 'number')) {
    const drafts = req.payload.collections[slug as 'pages']?.config.versions?.drafts
    if (drafts && drafts.schedulePublish) return { doc: { relationTo: slug, value: String(id) } }
  }
  const global = req.payload.config.globals.find((g) => g.slug === text(body.global))
  if (global?.versions?.drafts && global.versions.drafts.schedulePublish)
    return { global: global.slug }
  throw new APIError(translate(req, 'scheduleTarget'), 400, undefined, true)
}

/** Whether the user may publish the target (what Payload's own drawer checks before it lists). */
async function mayPublish(req: PayloadRequest, target: Pick<ScheduleInput, 'doc' | 'global'>) {
  const data = { _status: 'published' }
  if (target.doc) {
    const collection = req.payload.collections[target.doc.relationTo as 'pages']
    return (await docAccessOperation({ id: target.doc.value, collection, data, req })).update
  }
  const globalConfig = req.payload.config.globals.find((g) => g.slug === target.global)!
  return (await docAccessOperationGlobal({ data, globalConfig, req })).update
}

/**
 * `POST /api/schedules`: schedules a publication or unpublication, as the admin's drawer does,
 * for REST clients and for the drawer itself (so that its refusal carries the reason). The job is
 * queued through `payload.jobs.queue`, where `refuseUnpublishableSchedule` checks it.
 */
export const scheduleEndpoint: Endpoint = {
  path: '/schedules',
  method: 'post',
  handler: async (req) => {
    const body = ((await req.json?.()) ?? {}) as ScheduleBody
    const user = req.user
    if (!user || !isEditorUser(user)) throw new Forbidden(req.t)
    const type = body.type === 'unpublish' ? 'unpublish' : 'publish'
    const waitUntil = new Date(text(body.waitUntil) ?? '')
    if (Number.isNaN(waitUntil.getTime()))
      throw new APIError(translate(req, 'scheduleDate'), 400, undefined, true)
    const target = targetOf(req, body)
    if (!(await mayPublish(req, target))) throw new Forbidden(req.t)
    const locales = req.payload.config.localization
      ? req.payload.config.localization.localeCodes
      : []
    const locale =
      type === 'publish' && locales.includes(text(body.locale) ?? '')
        ? text(body.locale)
        : undefined
    const input: ScheduleInput = {
      type,
      ...target,
      locale,
      timezone: text(body.timezone),
      user: { relationTo: user.collection, value: user.id },
    }
    const job = await req.payload.jobs.queue({
      task: SCHEDULE_PUBLISH,
      // As Payload's drawer queues it: the document's id as a string, the time zone kept for its list.
      input: input as TaskSchedulePublish['input'],
      waitUntil,
      req,
    })
    return Response.json({ id: job.id, waitUntil: job.waitUntil }, { status: 201 })
  },
}
