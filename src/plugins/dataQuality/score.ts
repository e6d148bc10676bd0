import {
  qualityRules,
  ruleNames,
  type QualityIssue,
  type QualityRule,
  type Reference,
} from './rules'

export type ClusterScore = Reference & { issues: number; score: number }

/** How many issues each rule found, every rule named (0 when none). */
export function countsByRule(issues: readonly QualityIssue[]): Record<QualityRule, number> {
  const counts = Object.fromEntries(ruleNames.map((rule) => [rule, 0])) as Record<
    QualityRule,
    number
  >
  for (const issue of issues) counts[issue.rule]++
  return counts
}

/**
 * A cluster's score: 100 minus the weight of each issue of the cluster and of the documents that
 * belong to it (its quotes, its leader companies), never below 0. Weights (rules.ts) follow what
 * a reader loses: a missing quote or leaders empties a whole section (10), a wrong number misleads
 * (5), a dead link (4), a stale or unsourced figure (3), an undated figure or an image without
 * alt text (2), a text missing in French (1, the English still shows).
 */
export function clusterScores(
  clusters: readonly Reference[],
  issues: readonly QualityIssue[],
): ClusterScore[] {
  return clusters.map((cluster) => {
    const own = issues.filter((issue) => issue.clusters.some((c) => c.id === cluster.id))
    const lost = own.reduce((sum, issue) => sum + qualityRules[issue.rule], 0)
    return { ...cluster, issues: own.length, score: Math.max(0, 100 - lost) }
  })
}
