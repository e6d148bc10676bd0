export const auditActions = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'restore',
  'login',
  'login_failed',
] as const
export type AuditAction = (typeof auditActions)[number]
