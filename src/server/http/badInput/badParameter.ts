import { badInputMessages, fillIn, type BadInputKey } from '@/i18n/messages'

/** Why a parameter is refused: a key of the `badInput` messages (src/i18n/messages.ts) and its values. */
export type Reason = { key: BadInputKey; vars?: Record<string, string | number> }

export const reason = (key: BadInputKey, vars?: Reason['vars']): Reason => ({ key, vars })

/** Payload's `t`, for keys of our `badInput` namespace. */
type Translate = (key: string, vars?: Record<string, unknown>) => string

/** Thrown while checking a request; the middleware turns it into a 400 naming `parameter`. */
export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    readonly why: Reason,
    readonly kind: 'query' | 'path' = 'query',
  ) {
    const english = badInputMessages.en
    super(
      fillIn(english[`${kind}Parameter`], {
        parameter,
        reason: fillIn(english[why.key], why.vars ?? {}),
      }),
    )
  }

  /** The message in the reader's language, with the `t` of Payload's i18n for that language. */
  messageIn(t: Translate): string {
    return t(`badInput:${this.kind}Parameter`, {
      parameter: this.parameter,
      reason: t(`badInput:${this.why.key}`, this.why.vars),
    })
  }
}
