import type { AdminViewServerProps } from 'payload'

import { AdminPage } from './AdminPage'

import { collectIssues, coveredGlobals, coveredSlugs } from '@/plugins/dataQuality/collectIssues'
import { deskReader, deskSettings } from '@/plugins/dataQuality/desk'
import { ruleLabels, ruleNames, type QualityIssue } from '@/plugins/dataQuality/rules'
import { clusterScores, countsByRule } from '@/plugins/dataQuality/score'

const words = {
  title: { en: 'Data quality', fr: 'Qualité des données' },
  intro: {
    en: 'What readers cannot trust yet: stale, unsourced or mismatched figures, texts without French, images without alt text, clusters without quote or leaders, broken links.',
    fr: 'Ce que les lecteurs ne peuvent pas encore croire : chiffres périmés, sans source ou incohérents, textes sans français, images sans texte de remplacement, grappes sans citation ni chefs de file, liens brisés.',
  },
  notForYou: {
    en: 'The data-quality desk is for editors and secretariats.',
    fr: 'Le bureau de la qualité des données est réservé aux rédacteurs et aux secrétariats.',
  },
  rule: { en: 'Rule', fr: 'Règle' },
  allRules: { en: 'All rules', fr: 'Toutes les règles' },
  olderThan: { en: 'Figures older than (years)', fr: 'Chiffres de plus de (ans)' },
  filter: { en: 'Filter', fr: 'Filtrer' },
  scores: { en: 'Clusters', fr: 'Grappes' },
  cluster: { en: 'Cluster', fr: 'Grappe' },
  issues: { en: 'Issues', fr: 'Problèmes' },
  score: { en: 'Score', fr: 'Note' },
  byOrganization: { en: 'Issues by organization', fr: 'Problèmes par organisation' },
  noOrganization: { en: 'No organization', fr: 'Sans organisation' },
  document: { en: 'Document', fr: 'Document' },
  field: { en: 'Field', fr: 'Champ' },
  what: { en: 'What', fr: 'Quoi' },
  none: { en: 'No issue found.', fr: 'Aucun problème relevé.' },
  counts: { en: 'Issues by rule', fr: 'Problèmes par règle' },
}

/**
 * `/admin/data-quality`: the desk. Issues grouped by organization, with cluster, document and
 * field (linked to the field in the edit view), counts by rule, each cluster's score, filters by
 * rule and by the age of figures. Editors see every organization; a secretariat its own.
 */
export async function DataQualityView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const { i18n, payload, user } = req
  const language = i18n.language === 'fr' ? 'fr' : 'en'
  const say = (key: keyof typeof words) => words[key][language]
  const reader = deskReader(user)
  const rule = ruleNames.find((name) => name === searchParams?.rule)
  const olderThanText = typeof searchParams?.olderThan === 'string' ? searchParams.olderThan : ''
  const olderThan = /^\d{1,3}$/.test(olderThanText) ? Number(olderThanText) : undefined

  let issues: QualityIssue[] = []
  let scores: ReturnType<typeof clusterScores> = []
  if (reader.allowed) {
    const found = await collectIssues(
      payload,
      { organization: reader.organization, collections: coveredSlugs, globals: coveredGlobals },
      deskSettings(payload),
    )
    scores = clusterScores(found.clusters, found.issues).sort((a, b) => a.score - b.score)
    const year = new Date().getFullYear()
    issues = found.issues.filter(
      (issue) =>
        (!rule || issue.rule === rule) &&
        (olderThan === undefined || (issue.year !== undefined && year - issue.year > olderThan)),
    )
  }
  const groups = new Map<string, { name: string; issues: QualityIssue[] }>()
  for (const issue of issues) {
    const owners = issue.organizations.length
      ? issue.organizations
      : [{ id: 0, name: say('noOrganization') }]
    for (const owner of owners) {
      const group = groups.get(String(owner.id)) ?? { name: owner.name, issues: [] }
      group.issues.push(issue)
      groups.set(String(owner.id), group)
    }
  }
  const counts = countsByRule(issues)

  return (
    <AdminPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={say('title')}
      titleId="data-quality-title"
    >
      {!reader.allowed ? (
        <p>{say('notForYou')}</p>
      ) : (
        <>
          <p>{say('intro')}</p>
          <form
            method="get"
            id="data-quality-filters"
            style={{ display: 'flex', gap: '1rem', alignItems: 'end' }}
          >
            <label>
              {say('rule')}
              <br />
              <select name="rule" defaultValue={rule ?? ''}>
                <option value="">{say('allRules')}</option>
                {ruleNames.map((name) => (
                  <option key={name} value={name}>
                    {ruleLabels[name][language]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {say('olderThan')}
              <br />
              <input
                type="number"
                name="olderThan"
                min={0}
                max={200}
                defaultValue={olderThanText}
              />
            </label>
            <button type="submit" className="btn btn--style-secondary btn--size-small">
              {say('filter')}
            </button>
          </form>

          <h2>{say('counts')}</h2>
          <ul id="data-quality-counts">
            {ruleNames.map((name) => (
              <li key={name} data-rule={name}>
                {ruleLabels[name][language]}
                {language === 'fr' ? ' : ' : ': '}
                {counts[name]}
              </li>
            ))}
          </ul>

          <h2>{say('scores')}</h2>
          <table className="table" id="data-quality-scores">
            <thead>
              <tr>
                <th>{say('cluster')}</th>
                <th>{say('issues')}</th>
                <th>{say('score')}</th>
              </tr>
            </thead>
            <tbody>
              {scores.map((cluster) => (
                <tr key={cluster.id} data-cluster={cluster.id}>
                  <td>
                    <a href={`${payload.config.routes.admin}/collections/clusters/${cluster.id}`}>
                      {cluster.name}
                    </a>
                  </td>
                  <td>{cluster.issues}</td>
                  <td className="data-quality-score">{cluster.score}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{say('byOrganization')}</h2>
          {groups.size === 0 && <p>{say('none')}</p>}
          {[...groups.entries()].map(([id, group]) => (
            <section key={id} className="data-quality-organization" data-organization={id}>
              <h3>
                {group.name} ({group.issues.length})
              </h3>
              <table className="table">
                <thead>
                  <tr>
                    <th>{say('cluster')}</th>
                    <th>{say('document')}</th>
                    <th>{say('field')}</th>
                    <th>{say('rule')}</th>
                    <th>{say('what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.issues.map((issue, index) => (
                    <tr key={index} className="data-quality-issue" data-rule={issue.rule}>
                      <td>{issue.clusters.map((c) => c.name).join(', ')}</td>
                      <td>
                        {issue.documentTitle} · {issue.collection}
                      </td>
                      <td>
                        <a href={issue.adminUrl}>
                          <code>{issue.fieldPath}</code>
                        </a>
                        {issue.locale ? ` (${issue.locale.toUpperCase()})` : ''}
                      </td>
                      <td>{ruleLabels[issue.rule][language]}</td>
                      <td>{issue.message[language]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </AdminPage>
  )
}
