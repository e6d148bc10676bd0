import type { CollectionConfig } from 'payload'

/** Drafts and a bounded version history, shared by every content collection. */
export const draftVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: true,
  maxPerDoc: 50,
}
