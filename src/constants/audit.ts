export const auditActions = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'restore',
  'login',
  'login_failed',
  'sessions_ended',
  'throttle_cleared',
] as const
export type AuditAction = (typeof auditActions)[number]
export const auditActionLabels: Record<AuditAction, { en: string; fr: string }> = {
  create: { en: 'Created', fr: 'Création' },
  update: { en: 'Changed', fr: 'Modification' },
  delete: { en: 'Deleted', fr: 'Suppression' },
  publish: { en: 'Published', fr: 'Publication' },
  unpublish: { en: 'Unpublished', fr: 'Dépublication' },
  restore: { en: 'Version restored', fr: 'Version restaurée' },
  login: { en: 'Signed in', fr: 'Connexion' },
  login_failed: { en: 'Sign-in refused', fr: 'Connexion refusée' },
  sessions_ended: { en: 'Sessions ended', fr: 'Sessions fermées' },
  throttle_cleared: { en: 'Sign-in wait lifted', fr: 'Attente de connexion levée' },
}
