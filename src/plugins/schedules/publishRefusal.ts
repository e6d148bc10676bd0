import {
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type Payload,
  type PayloadRequest,
  type TypedLocale,
  type TypedUser,
} from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { translate } from '@/i18n/messages'

import type { ScheduleInput } from './scheduleInput'

type FieldErrors = Array<{ path: string; message: string; label?: string }>

/**
 * A validation error, whichever copy of Payload threw it: in production Next bundles its own
 * copy, so `instanceof` cannot tell (see src/hooks/keepValidationDetail.ts).
 */
function fieldErrorsOf(error: unknown): FieldErrors | undefined {
  if (!(error instanceof Error) || error.name !== 'ValidationError') return undefined
  const data = (error as Error & { data?: { errors?: FieldErrors } }).data
  return Array.isArray(data?.errors) ? data.errors : undefined
}

/** The scheduling user, loaded as the job will load it (`depth: 0`, its auth collection set). */
async function schedulerOf(payload: Payload, input: ScheduleInput): Promise<TypedUser | null> {
  if (!input.user) return null
  const user = await payload.findByID({
    collection: input.user.relationTo as 'users',
    id: input.user.value,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // the job restores the scheduler the same way
  })
  return user ? ({ ...user, collection: input.user.relationTo } as TypedUser) : null
}

/** One publish to try: in `locale`, of every locale or only of `publishSpecificLocale`. */
type Trial = { locale?: TypedLocale; publishSpecificLocale?: TypedLocale }

/**
 * Publishes the document as the scheduled job will (same user, same data), inside a transaction
 * that is always rolled back: nothing is written, no job, webhook or audit entry survives, and
 * every rule of a real publish (required fields, the hooks of every plugin) is applied because it
 * is the real publish.
 */
async function publishAndRollBack(
  caller: PayloadRequest,
  input: ScheduleInput,
  user: TypedUser | null,
  { locale, publishSpecificLocale }: Trial,
): Promise<void> {
  const { payload } = caller
  // Field labels in the errors come out in the caller's language.
  const req = await createLocalReq(
    { user: user ?? undefined, locale, req: { i18n: caller.i18n } },
    payload,
  )
  await initTransaction(req)
  const common = {
    data: { _status: 'published' as const },
    depth: 0,
    locale,
    publishSpecificLocale,
    user,
    overrideAccess: user === null,
    req,
  }
  try {
    if (input.doc)
      await payload.update({
        ...common,
        collection: input.doc.relationTo as 'pages',
        id: input.doc.value,
      })
    else if (input.global)
      await payload.updateGlobal({ ...common, slug: input.global as 'ecosystem-figures' })
  } finally {
    await killTransaction(req)
  }
}

/**
 * A field's label in the reader's language. Payload's own error labels come out in English
 * whatever the request's language, so a top-level field is named from its config.
 */
function fieldLabel(req: PayloadRequest, input: ScheduleInput, error: FieldErrors[number]) {
  const fields = input.doc
    ? req.payload.collections[input.doc.relationTo as 'pages']?.config.flattenedFields
    : req.payload.config.globals.find((g) => g.slug === input.global)?.flattenedFields
  const field = fields?.find((f) => f.name === error.path)
  const label = field && 'label' in field ? field.label : undefined
  if (label && typeof label !== 'function') return getTranslation(label, req.i18n)
  return (typeof error.label === 'string' && error.label) || error.path
}

/** The name of a content language in the reader's language ("English", "anglais"). */
const languageName = (req: PayloadRequest, code: string) =>
  code === 'en' || code === 'fr'
    ? translate(req, code === 'en' ? 'languageEn' : 'languageFr')
    : code

/**
 * The publishes to try: the whole document in the fallback locale (English, which every
 * publication needs), then the job's own publish in the locale being scheduled.
 */
function trialsOf(payload: PayloadRequest['payload'], input: ScheduleInput): Trial[] {
  const localization = payload.config.localization
  if (!localization) return [{}]
  const fallback = { locale: localization.defaultLocale as TypedLocale }
  const scheduled = input.locale as TypedLocale | undefined
  return scheduled && scheduled !== fallback.locale
    ? [fallback, { locale: scheduled, publishSpecificLocale: scheduled }]
    : [{ ...fallback, publishSpecificLocale: scheduled }]
}

/**
 * Why the scheduled publication of `input` would fail, as a 400 naming the fields and the
 * language, or nothing when it would publish. Other failures (a scheduler who may not publish, a
 * document gone) are left to the job, which reports them when it runs.
 */
export async function publishRefusal(
  req: PayloadRequest,
  input: ScheduleInput,
): Promise<ValidationError | undefined> {
  const { payload } = req
  const user = await schedulerOf(payload, input)
  if (input.user && !user) return undefined
  for (const trial of trialsOf(payload, input)) {
    const { locale } = trial
    try {
      await publishAndRollBack(req, input, user, trial)
    } catch (error) {
      const errors = fieldErrorsOf(error)
      if (!errors) return undefined
      const language = locale ? languageName(req, locale) : ''
      const fields = errors.map((e) => fieldLabel(req, input, e)).join(', ')
      const refusal = new ValidationError(
        {
          collection: input.doc?.relationTo,
          global: input.global ?? undefined,
          errors: errors.map(({ path, message }) => ({ path, message })),
          req,
        },
        req.t,
      )
      refusal.message = translate(req, 'scheduleWouldFail', { fields, language })
      return refusal
    }
  }
  return undefined
}
