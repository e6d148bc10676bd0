import type { PayloadRequest, TaskConfig } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import {
  collectIssues,
  coveredSlugs,
  type QualitySettings,
} from '@/plugins/dataQuality/collectIssues'
import { DATA_QUALITY_VIEW_PATH } from '@/plugins/dataQuality/desk'
import { clusterScores, countsByRule } from '@/plugins/dataQuality/score'

import { renderDigest, type DigestLanguage } from './digestEmail'
import { digestPeriod, PERIOD_PATTERN } from './period'
import { UNSUBSCRIBE_PATH } from './unsubscribeEndpoint'
import { unsubscribeToken } from './unsubscribeToken'

export const QUEUE_QUALITY_DIGESTS = 'queueQualityDigests'
export const SEND_QUALITY_DIGEST = 'sendQualityDigest'

export type QualityDigestSettings = QualitySettings & {
  /** When the monthly run queues the digests (Payload job schedule, seconds first). */
  cron: string
}

const periodOf = (input: { period?: string | null } | undefined) => {
  const period = input?.period || digestPeriod()
  if (!PERIOD_PATTERN.test(period)) throw new Error(`period must be YYYY-MM, not "${period}"`)
  return period
}

/**
 * The monthly run (on `QUALITY_DIGEST_CRON`): finds the organizations whose documents have issues
 * (the desk's own `collectIssues`) and queues one digest for each. Sending twice is prevented per
 * user and period by `sendQualityDigest`, so a second run in the month queues digests that send nothing.
 */
export function queueQualityDigestsTask(
  settings: QualityDigestSettings,
): TaskConfig<typeof QUEUE_QUALITY_DIGESTS> {
  return {
    slug: QUEUE_QUALITY_DIGESTS,
    label: 'Queue the monthly data-quality digests',
    inputSchema: [{ name: 'period', type: 'text' }],
    schedule: [{ cron: settings.cron, queue: 'default' }],
    retries: 0,
    handler: async ({ input, req }) => {
      const period = periodOf(input)
      const { issues } = await collectIssues(
        req.payload,
        { organization: null, collections: coveredSlugs },
        settings,
      )
      const organizations = [
        ...new Set(issues.flatMap((issue) => issue.organizations.map((o) => o.id))),
      ].sort((a, b) => a - b)
      for (const organization of organizations)
        await req.payload.jobs.queue({
          task: SEND_QUALITY_DIGEST,
          input: { organization, period },
          req,
        })
      req.payload.logger.info(
        `[quality-digest] ${period}: ${organizations.length} organizations with issues`,
      )
      return { output: { period, organizations: organizations.length } }
    },
  }
}

const languageOf = (value: unknown): DigestLanguage => (value === 'en' ? 'en' : 'fr')

/** The active secretariat users of `organization` (invitation accepted) who still want the digest. */
async function recipientsOf(req: PayloadRequest, organization: number) {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.users,
    where: {
      and: [
        { role: { equals: 'secretariat' } },
        { organization: { equals: organization } },
        // A user whose value is unset counts as the field's default (active, subscribed).
        { or: [{ active: { exists: false } }, { active: { equals: true } }] },
        { or: [{ qualityDigest: { exists: false } }, { qualityDigest: { equals: true } }] },
        // An invitation not yet accepted: the person cannot sign in to fix anything yet.
        { or: [{ invitation: { exists: false } }, { invitation: { not_equals: 'pending' } }] },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true, // the system's job reads who to write to
  })
  return docs
}

/**
 * One organization's digest, sent to each of its active secretariat users who has not turned it
 * off, in that user's language: the issues `/api/data-quality/issues` shows that secretariat. Each
 * send is recorded on the user (`qualityDigestSentFor`), so a retry or a second run of the period
 * skips who already has it.
 */
export function sendQualityDigestTask(
  settings: QualitySettings,
): TaskConfig<typeof SEND_QUALITY_DIGEST> {
  return {
    slug: SEND_QUALITY_DIGEST,
    label: 'Send an organization’s data-quality digest',
    inputSchema: [
      { name: 'organization', type: 'number', required: true },
      { name: 'period', type: 'text', required: true },
    ],
    retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
    handler: async ({ input, req }) => {
      const { payload } = req
      const period = periodOf(input)
      const recipients = (await recipientsOf(req, input.organization)).filter(
        (user) => user.qualityDigestSentFor !== period,
      )
      if (!recipients.length) return { output: { sent: 0 } }
      const { issues, clusters } = await collectIssues(
        payload,
        { organization: input.organization, collections: coveredSlugs },
        settings,
      )
      if (!issues.length) return { output: { sent: 0 } }
      const organization = await payload.findByID({
        collection: collectionSlugs.organizations,
        id: input.organization,
        depth: 0,
        draft: true,
        locale: 'all',
        overrideAccess: true, // the organization's name, for its own digest
      })
      const names = (organization?.name ?? {}) as unknown as Record<string, string | undefined>
      const server = payload.config.serverURL
      const admin = payload.config.routes.admin
      const api = payload.config.routes.api
      let sent = 0
      for (const user of recipients) {
        const language = languageOf(user.qualityDigestLanguage)
        const unsubscribeUrl = `${server}${api}${UNSUBSCRIBE_PATH}?token=${unsubscribeToken(payload.secret, user.id)}`
        const mail = renderDigest({
          language,
          recipientName: user.name,
          organizationName: names[language] || names.en || names.fr || `#${input.organization}`,
          countsByRule: countsByRule(issues),
          clusters: clusterScores(clusters, issues),
          issues,
          deskUrl: `${server}${admin}${DATA_QUALITY_VIEW_PATH}`,
          unsubscribeUrl,
          serverUrl: server,
        })
        await payload.sendEmail({
          to: user.email,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: {
            'List-Unsubscribe': `<${unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        })
        await payload.update({
          collection: collectionSlugs.users,
          id: user.id,
          data: { qualityDigestSentFor: period },
          overrideAccess: true, // the system records what it sent
          context: { qualityDigest: true },
        })
        sent++
      }
      payload.logger.info(
        `[quality-digest] ${period}: organization ${input.organization}, ${sent} sent`,
      )
      return { output: { sent } }
    },
  }
}
