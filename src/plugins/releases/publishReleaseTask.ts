import type { Payload, TaskConfig, TypedUser } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

import { publishRelease } from './publishRelease'

export const PUBLISH_RELEASE = 'publishRelease'

/** What the job does: publishes the release as its scheduler, only while it is `scheduled`. */
export async function publishScheduledRelease(
  payload: Payload,
  input: { release: number; user?: number | null },
): Promise<string> {
  const user = input.user
    ? await payload.findByID({
        collection: collectionSlugs.users,
        id: input.user,
        depth: 0,
        disableErrors: true,
        overrideAccess: true, // the scheduler, restored as the schedule's own publisher
      })
    : null
  const done = await publishRelease(
    payload,
    input.release,
    { user: user ? ({ ...user, collection: collectionSlugs.users } as TypedUser) : null },
    (status) => status === 'scheduled',
  )
  return done.outcome
}

/**
 * Publishes a scheduled release when it is due, as the person who scheduled it. Exactly once: the
 * release is claimed in the publish's transaction and published only while it is `scheduled`, so
 * a job run twice, or by two workers at once, publishes it once (the other run changes nothing).
 * A release that fails is recorded as `failed` with its reasons; the job itself succeeds (trying
 * again would fail the same way).
 */
export const publishReleaseTask: TaskConfig<typeof PUBLISH_RELEASE> = {
  slug: PUBLISH_RELEASE,
  label: 'Publish a scheduled release',
  inputSchema: [
    { name: 'release', type: 'number', required: true },
    { name: 'user', type: 'number' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: 0,
  handler: async ({ input, req }) => ({
    output: { outcome: await publishScheduledRelease(req.payload, input) },
  }),
}
