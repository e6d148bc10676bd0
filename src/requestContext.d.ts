import type { PublishEvent } from './plugins/shared/publishEventOnce'

/**
 * The flags hooks pass each other on `req.context` (Payload's `RequestContext`), declared once.
 * Only the audit trail's and webhooks' flags are here so far; the other plugins add theirs.
 */
declare module 'payload' {
  export interface RequestContext {
    /** Set by the audit trail before a restore, whose update hooks then record "restore". */
    auditAction?: 'restore'
    /** Each save's publish event, by saved document, worked out once (src/plugins/shared/publishEventOnce.ts). */
    publishEvents?: WeakMap<object, PublishEvent | null>
  }
}
