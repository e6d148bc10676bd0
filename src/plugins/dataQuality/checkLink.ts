/** One hop of a followed redirect: where it pointed from, with what status. */
export type RedirectHop = { url: string; status: number }

export type LinkCheckResult = {
  url: string
  ok: boolean
  /** The last HTTP status received, or null when no answer came (timeout, refused, loop). */
  status: number | null
  error: string | null
  method: 'HEAD' | 'GET'
  /** Where the redirects led, when there were any. */
  finalUrl: string | null
  redirects: RedirectHop[]
}

export type CheckLinkOptions = { timeoutMs: number; maxRedirects: number; userAgent?: string }

const USER_AGENT = 'GrappesLinkChecker/1.0 (+data-quality desk)'

async function follow(
  url: string,
  method: 'HEAD' | 'GET',
  options: CheckLinkOptions,
): Promise<LinkCheckResult> {
  const redirects: RedirectHop[] = []
  const seen = new Set<string>([url])
  let current = url
  for (;;) {
    let response: Response
    try {
      response = await fetch(current, {
        method,
        redirect: 'manual',
        headers: { 'user-agent': options.userAgent ?? USER_AGENT, accept: '*/*' },
        signal: AbortSignal.timeout(options.timeoutMs),
      })
    } catch (error) {
      const name = (error as Error).name
      const reason =
        name === 'TimeoutError' || name === 'AbortError'
          ? `timeout after ${options.timeoutMs} ms`
          : ((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message)
      return failed(url, method, null, reason, redirects, current)
    }
    // The body is never read: only the answer's status matters.
    await response.body?.cancel().catch(() => {})
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      redirects.push({ url: current, status: response.status })
      const next = new URL(location, current).toString()
      if (seen.has(next))
        return failed(url, method, response.status, 'redirect loop', redirects, next)
      if (redirects.length > options.maxRedirects)
        return failed(
          url,
          method,
          response.status,
          `more than ${options.maxRedirects} redirects`,
          redirects,
          next,
        )
      seen.add(next)
      current = next
      continue
    }
    const ok = response.status >= 200 && response.status < 300
    return {
      url,
      ok,
      status: response.status,
      error: ok ? null : `HTTP ${response.status}`,
      method,
      finalUrl: redirects.length ? current : null,
      redirects,
    }
  }
}

const failed = (
  url: string,
  method: 'HEAD' | 'GET',
  status: number | null,
  error: string,
  redirects: RedirectHop[],
  finalUrl: string,
): LinkCheckResult => ({
  url,
  ok: false,
  status,
  error,
  method,
  finalUrl: redirects.length ? finalUrl : null,
  redirects,
})

/**
 * Checks one link: HEAD first (no body to send), then GET when HEAD is refused or fails, since
 * many servers answer HEAD with 403, 405 or 501; not after a timeout, which GET would repeat.
 * Redirects are followed by hand, at most `maxRedirects`, and recorded; a loop is an error.
 */
export async function checkLink(url: string, options: CheckLinkOptions): Promise<LinkCheckResult> {
  const head = await follow(url, 'HEAD', options)
  if (head.ok || head.error?.startsWith('timeout') || head.error === 'redirect loop') return head
  return follow(url, 'GET', options)
}

export type PoliteOptions = CheckLinkOptions & { delayMs: number; concurrentHosts: number }

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const hostOf = (url: string): string => {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/**
 * Checks many links politely: one request at a time per host, `delayMs` between two requests to
 * the same host, a few hosts side by side. `onResult` receives each result as it comes.
 */
export async function checkLinksPolitely(
  urls: readonly string[],
  options: PoliteOptions,
  onResult: (result: LinkCheckResult) => Promise<void>,
): Promise<void> {
  const byHost = new Map<string, string[]>()
  for (const url of new Set(urls)) {
    const host = hostOf(url)
    byHost.set(host, [...(byHost.get(host) ?? []), url])
  }
  const queues = [...byHost.values()]
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const [index, url] of queue.entries()) {
        if (index > 0) await pause(options.delayMs)
        await onResult(await checkLink(url, options))
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrentHosts) }, worker))
}
