import type { Payload, TaskConfig } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

import { checkLinksPolitely } from './checkLink'
import { coveredGlobals, coveredSlugs } from './collectIssues'
import { walkDocument } from './walkDocument'

export const CHECK_LINKS_TASK = 'checkLinks'

export type LinkCheckSettings = {
  cron: string
  timeoutMs: number
  delayMs: number
}

/** Every outbound link the covered documents and globals hold (latest versions, every locale). */
export async function linksInContent(payload: Payload): Promise<string[]> {
  const locales = payload.config.localization ? payload.config.localization.localeCodes : ['en']
  const urls = new Set<string>()
  for (const collection of coveredSlugs) {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true, // the system's job reads every document's links
    })
    const { fields } = payload.collections[collection].config
    for (const doc of docs) {
      const walked = walkDocument(fields, doc as unknown as Record<string, unknown>, {
        staleFigureYears: Infinity,
        currentYear: 0,
        locales,
        blocks: payload.config.blocks ?? [],
      })
      for (const link of walked.links) if (link.url) urls.add(link.url)
    }
  }
  for (const slug of coveredGlobals) {
    const global = await payload.findGlobal({
      slug,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true, // the system's job reads every link
    })
    const config = payload.globals.config.find((g) => g.slug === slug)
    if (!config) continue
    const walked = walkDocument(config.fields, global as unknown as Record<string, unknown>, {
      staleFigureYears: Infinity,
      currentYear: 0,
      locales,
      blocks: payload.config.blocks ?? [],
    })
    for (const link of walked.links) if (link.url) urls.add(link.url)
  }
  return [...urls]
}

/**
 * The link checker, a Payload task on a schedule (`LINK_CHECK_CRON`): checks every link of the
 * content politely and keeps each answer, with its date, in `link-checks` (one row per URL).
 */
export function checkLinksTask(settings: LinkCheckSettings): TaskConfig<'checkLinks'> {
  return {
    slug: CHECK_LINKS_TASK,
    label: 'Check links',
    schedule: [{ cron: settings.cron, queue: 'default' }],
    retries: 0,
    handler: async ({ req }) => {
      const { payload } = req
      const urls = await linksInContent(payload)
      let broken = 0
      await checkLinksPolitely(
        urls,
        {
          timeoutMs: settings.timeoutMs,
          delayMs: settings.delayMs,
          maxRedirects: 5,
          concurrentHosts: 4,
        },
        async (result) => {
          if (!result.ok) broken++
          const data = {
            url: result.url,
            ok: result.ok,
            status: result.status,
            error: result.error,
            method: result.method,
            finalUrl: result.finalUrl,
            redirects: result.redirects,
            checkedAt: new Date().toISOString(),
          }
          const { docs } = await payload.find({
            collection: collectionSlugs.linkChecks,
            where: { url: { equals: result.url } },
            limit: 1,
            depth: 0,
            overrideAccess: true, // the job's own records
          })
          if (docs[0])
            await payload.update({
              collection: collectionSlugs.linkChecks,
              id: docs[0].id,
              data,
              overrideAccess: true, // the job's own records
            })
          else
            await payload.create({
              collection: collectionSlugs.linkChecks,
              data,
              overrideAccess: true, // the job's own records
            })
        },
      )
      payload.logger.info(`[link-check] ${urls.length} links checked, ${broken} broken`)
      return { output: { checked: urls.length, broken } }
    },
  }
}
