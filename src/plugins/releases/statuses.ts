/** Where a release stands: open (being put together), scheduled, published, failed, rolled back. */
export const releaseStatuses = ['open', 'scheduled', 'published', 'failed', 'rolled-back'] as const
export type ReleaseStatus = (typeof releaseStatuses)[number]

export const releaseStatusLabels: Record<ReleaseStatus, { en: string; fr: string }> = {
  open: { en: 'Open', fr: 'Ouvert' },
  scheduled: { en: 'Scheduled', fr: 'Programmé' },
  published: { en: 'Published', fr: 'Publié' },
  failed: { en: 'Failed', fr: 'Échoué' },
  'rolled-back': { en: 'Rolled back', fr: 'Annulé' },
}

/** A release that may still be published (now or by its schedule). */
export const isPublishable = (status: string | null | undefined): boolean =>
  status === 'open' || status === 'scheduled' || status === 'failed' || !status
