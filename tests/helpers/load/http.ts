import { NO_ANSWER, type Tally, type TrafficKind } from './tally'

/** No single answer may take longer than this; a request still waiting counts as no answer. */
const REQUEST_TIMEOUT_MS = 30_000

export type Answer = { status: number; body: string }

/**
 * One request of the load, counted in the tally. Node's fetch keeps connections alive, as a
 * browser or a front end's HTTP client would.
 */
export async function send(
  tally: Tally,
  kind: TrafficKind,
  url: string,
  init: RequestInit = {},
): Promise<Answer> {
  const what = `${init.method ?? 'GET'} ${new URL(url).pathname}${new URL(url).search}`
  const start = performance.now()
  try {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const body = await response.text()
    tally.record(kind, response.status, what, performance.now() - start)
    return { status: response.status, body }
  } catch (error) {
    tally.record(kind, NO_ANSWER, `${what}: ${(error as Error).message}`, performance.now() - start)
    return { status: NO_ANSWER, body: '' }
  }
}

export const jsonHeaders = (token?: string): Record<string, string> => ({
  'Content-Type': 'application/json',
  ...(token ? { Authorization: `JWT ${token}` } : {}),
})

/** Logs in over REST, as a front end or the admin does, and returns the token. */
export async function login(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: jsonHeaders(),
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (response.status !== 200 || !body.token) {
    throw new Error(`login of ${email} answered ${response.status}: ${JSON.stringify(body)}`)
  }
  return body.token
}

/** A JSON read outside the load (setup and checks), refused loudly unless it answers 200. */
export async function getJson<T>(url: string, token?: string): Promise<T> {
  const response = await fetch(url, { headers: jsonHeaders(token) })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text}`)
  return JSON.parse(text) as T
}
