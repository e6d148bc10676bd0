/** A reason a parameter is refused, in both languages the platform speaks. */
export type Reason = { en: string; fr: string }

export const reason = (en: string, fr: string): Reason => ({ en, fr })

/** Thrown while checking a request; the middleware turns it into a 400 naming `parameter`. */
export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    readonly why: Reason,
    readonly kind: 'query' | 'path' = 'query',
  ) {
    super(`Invalid ${kind} parameter ${parameter}: ${why.en}`)
  }
}

/** The message in the reader's language: French when the request asks for it. */
export function messageFor(error: BadParameter, french: boolean): string {
  if (!french) return error.message
  const kind = error.kind === 'query' ? 'de requête' : 'de chemin'
  return `Paramètre ${kind} invalide ${error.parameter} : ${error.why.fr}`
}
