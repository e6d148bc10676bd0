/** What a load run sends: reads of the REST API, of GraphQL, of the site's pages, and editors' writes. */
export type TrafficKind = 'rest' | 'graphql' | 'site' | 'write'

export const trafficKinds: TrafficKind[] = ['rest', 'graphql', 'site', 'write']

/** A request that got no answer at all (reset, refused, timed out) is counted under this status. */
export const NO_ANSWER = 0

type KindCount = {
  requests: number
  byStatus: Record<number, number>
  firstFailures: string[]
  /** Slowest answer so far, in milliseconds. */
  maxMs: number
  totalMs: number
}

/**
 * Counts the answers of a load run per kind and status, and keeps the first few failures of each
 * kind (status, method and path) so a failure message says where the server broke.
 */
export class Tally {
  private readonly counts = new Map<TrafficKind, KindCount>(
    trafficKinds.map((kind) => [
      kind,
      { requests: 0, byStatus: {}, firstFailures: [], maxMs: 0, totalMs: 0 },
    ]),
  )

  record(kind: TrafficKind, status: number, what: string, ms: number): void {
    const count = this.counts.get(kind)!
    count.requests += 1
    count.maxMs = Math.max(count.maxMs, Math.round(ms))
    count.totalMs += ms
    count.byStatus[status] = (count.byStatus[status] ?? 0) + 1
    if ((status >= 500 || status === NO_ANSWER) && count.firstFailures.length < 5) {
      count.firstFailures.push(`${status} ${what}`)
    }
  }

  /** Answers in 5xx plus requests that got no answer, per kind. */
  serverErrors(): Record<TrafficKind, number> {
    const errors = (kind: TrafficKind) =>
      Object.entries(this.counts.get(kind)!.byStatus)
        .filter(([status]) => Number(status) >= 500 || Number(status) === NO_ANSWER)
        .reduce((sum, [, n]) => sum + n, 0)
    return Object.fromEntries(trafficKinds.map((kind) => [kind, errors(kind)])) as Record<
      TrafficKind,
      number
    >
  }

  /** The statuses below 500 that `kind` was answered with, e.g. [200] or [200, 400]. */
  statusesBelow500(kind: TrafficKind): number[] {
    return Object.keys(this.counts.get(kind)!.byStatus)
      .map(Number)
      .filter((status) => status !== NO_ANSWER && status < 500)
  }

  /** Requests, statuses, first failures, slowest and mean answer times, per kind. */
  summary(): Record<TrafficKind, Omit<KindCount, 'totalMs'> & { meanMs: number }> {
    const figures = (count: KindCount) => {
      const { totalMs, ...rest } = count
      return { ...rest, meanMs: count.requests ? Math.round(totalMs / count.requests) : 0 }
    }
    return Object.fromEntries(
      [...this.counts].map(([kind, count]) => [kind, figures(count)]),
    ) as ReturnType<Tally['summary']>
  }
}
