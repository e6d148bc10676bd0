// The flags hooks pass to each other through `req.context` (Payload's `RequestContext`), declared
// once so that every hook reads them typed. See Payload's docs, hooks/context.
import type { ReviewEvent } from './plugins/review/applyReviewTransition'
import type { PublishEvent } from './plugins/shared/publishEventOnce'

declare module 'payload' {
  export interface RequestContext {
    /** Set by the seed (src/seed/run.ts): hooks skip their side effects (audit, webhooks, review). */
    seeding?: boolean
    /** `false` on writes that must not be audited themselves (audit entries, webhook deliveries). */
    audit?: false
    /** Set while restoring a version, so the audit entry says "restore" rather than "update". */
    auditAction?: 'restore'
    /** What a review transition did, left by applyReviewTransition for notifyReview. */
    reviewEvent?: ReviewEvent
    /** The addresses queueReviewEmail wrote to, for the review action's answer. */
    reviewNotified?: string[]
    /** Each save's publish event, by saved document, worked out once (src/plugins/shared/publishEventOnce.ts). */
    publishEvents?: WeakMap<object, PublishEvent | null>
    /** Set by the invite endpoint: the user created is an invitation waiting for its password. */
    invitation?: boolean
    /** Set while a reset link sets a password, which may accept a pending invitation. */
    acceptingInvitation?: boolean
    /** Set once a sign-in passed its second step (src/plugins/twoFactor/issueSession.ts). */
    secondFactorPassed?: boolean
    /** Set when a password reset signed in a user who needs a second factor: no token then. */
    withholdToken?: boolean
    /** A release preview: only these documents ("stories:12") are read as drafts (src/plugins/releases). */
    previewScope?: string[]
  }
}
