import type { CollectionConfig } from 'payload'

/**
 * Drafts, scheduled publication (run by the jobs queue: `jobs.autoRun` in src/payload.config.ts)
 * and a bounded version history, shared by every content collection.
 */
export const draftVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}
