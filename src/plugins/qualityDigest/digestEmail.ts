import type { QualityIssue, QualityRule } from '@/plugins/dataQuality/rules'
import type { ClusterScore } from '@/plugins/dataQuality/score'

export type DigestLanguage = 'en' | 'fr'

/** At most this many issues are listed one by one; the desk has the rest. */
export const TOP_ISSUES = 20

const ruleLabels: Record<QualityRule, { en: string; fr: string }> = {
  'stale-figure': { en: 'Stale figures', fr: 'Chiffres périmés' },
  'figure-without-source': { en: 'Figures without a source', fr: 'Chiffres sans source' },
  'figure-without-year': { en: 'Figures without a year', fr: 'Chiffres sans année' },
  'display-mismatch': {
    en: 'Displayed numbers that differ from the value',
    fr: 'Nombres affichés qui diffèrent de la valeur',
  },
  'missing-french': { en: 'Texts missing in French', fr: 'Textes manquants en français' },
  'image-without-alt': {
    en: 'Images without alternative text',
    fr: 'Images sans texte de remplacement',
  },
  'cluster-without-quote': { en: 'Clusters without a quote', fr: 'Grappes sans citation' },
  'cluster-without-leaders': {
    en: 'Clusters without leader companies',
    fr: 'Grappes sans entreprises chefs de file',
  },
  'broken-link': { en: 'Broken links', fr: 'Liens brisés' },
}

const copy = {
  en: {
    subject: (organization: string, total: number) =>
      `[Grappes] Data quality of ${organization}: ${total} issue${total === 1 ? '' : 's'} to review`,
    hello: (name: string) => `Hello ${name},`,
    intro: (organization: string, total: number) =>
      `The data-quality desk finds ${total} issue${total === 1 ? '' : 's'} in the content of ${organization}.`,
    counts: 'Issues by rule',
    scores: 'Cluster scores (out of 100)',
    top: (shown: number, total: number) =>
      shown < total ? `The first ${shown} of ${total} issues` : 'The issues',
    fix: 'Fix it',
    desk: 'See every issue on the data-quality desk',
    unsubscribe: 'Stop these monthly e-mails',
    why: 'You receive this monthly e-mail as a secretariat user of Grappes. You can turn it back on in your account.',
  },
  fr: {
    subject: (organization: string, total: number) =>
      `[Grappes] Qualité des données de ${organization} : ${total} problème${total === 1 ? '' : 's'} à revoir`,
    hello: (name: string) => `Bonjour ${name},`,
    intro: (organization: string, total: number) =>
      `Le bureau de la qualité des données relève ${total} problème${total === 1 ? '' : 's'} dans le contenu de ${organization}.`,
    counts: 'Problèmes par règle',
    scores: 'Scores des grappes (sur 100)',
    top: (shown: number, total: number) =>
      shown < total ? `Les ${shown} premiers des ${total} problèmes` : 'Les problèmes',
    fix: 'Corriger',
    desk: 'Voir tous les problèmes au bureau de la qualité des données',
    unsubscribe: 'Ne plus recevoir ces courriels mensuels',
    why: 'Vous recevez ce courriel mensuel à titre d’utilisateur de secrétariat de Grappes. Vous pouvez le réactiver dans votre compte.',
  },
} as const

export type Digest = {
  language: DigestLanguage
  recipientName: string
  organizationName: string
  countsByRule: Record<QualityRule, number>
  clusters: ClusterScore[]
  issues: QualityIssue[]
  /** Absolute URLs. */
  deskUrl: string
  unsubscribeUrl: string
  serverUrl: string
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** The digest's subject and its text and HTML parts, in the recipient's language. */
export function renderDigest(digest: Digest): { subject: string; text: string; html: string } {
  const say = copy[digest.language]
  const total = digest.issues.length
  const top = digest.issues.slice(0, TOP_ISSUES)
  const counts = (Object.entries(digest.countsByRule) as [QualityRule, number][]).filter(
    ([, count]) => count > 0,
  )
  const where = (issue: QualityIssue) =>
    `${issue.documentTitle} (${issue.collection}) · ${issue.fieldPath}${issue.locale ? ` [${issue.locale}]` : ''}`
  const link = (issue: QualityIssue) => `${digest.serverUrl}${issue.adminUrl}`

  const text = [
    say.hello(digest.recipientName),
    '',
    say.intro(digest.organizationName, total),
    '',
    `${say.counts}:`,
    ...counts.map(([rule, count]) => `- ${ruleLabels[rule][digest.language]}: ${count}`),
    '',
    ...(digest.clusters.length
      ? [`${say.scores}:`, ...digest.clusters.map((c) => `- ${c.name}: ${c.score}`), '']
      : []),
    `${say.top(top.length, total)}:`,
    ...top.map(
      (issue) => `- ${where(issue)}\n  ${issue.message[digest.language]}\n  ${link(issue)}`,
    ),
    '',
    `${say.desk}: ${digest.deskUrl}`,
    '',
    '--',
    say.why,
    `${say.unsubscribe}: ${digest.unsubscribeUrl}`,
    '',
  ].join('\n')

  const html = `<!doctype html>
<html lang="${digest.language === 'fr' ? 'fr-CA' : 'en-CA'}"><body>
<p>${escape(say.hello(digest.recipientName))}</p>
<p>${escape(say.intro(digest.organizationName, total))}</p>
<h2>${escape(say.counts)}</h2>
<ul>${counts.map(([rule, count]) => `<li data-rule="${rule}">${escape(ruleLabels[rule][digest.language])}: <strong>${count}</strong></li>`).join('')}</ul>
${
  digest.clusters.length
    ? `<h2>${escape(say.scores)}</h2>
<ul>${digest.clusters.map((c) => `<li data-cluster="${c.id}">${escape(c.name)}: <strong>${c.score}</strong></li>`).join('')}</ul>`
    : ''
}
<h2>${escape(say.top(top.length, total))}</h2>
<ol>${top.map((issue) => `<li>${escape(where(issue))}<br>${escape(issue.message[digest.language])} <a href="${escape(link(issue))}">${escape(say.fix)}</a></li>`).join('')}</ol>
<p><a href="${escape(digest.deskUrl)}">${escape(say.desk)}</a></p>
<hr>
<p><small>${escape(say.why)} <a href="${escape(digest.unsubscribeUrl)}">${escape(say.unsubscribe)}</a></small></p>
</body></html>
`
  return { subject: say.subject(digest.organizationName, total), text, html }
}
