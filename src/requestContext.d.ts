import type { ReviewEvent } from './plugins/review/applyReviewTransition'

// The flags hooks leave for one another during one request (Payload's `req.context`).
declare module 'payload' {
  export interface RequestContext {
    /** Set by `applyReviewTransition`, read by `queueReviewEmail`. */
    reviewEvent?: ReviewEvent
  }
}
