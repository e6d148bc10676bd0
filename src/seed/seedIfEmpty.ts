import type { Payload } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { AppEnv } from '@/env'
import { seed, type SeedReport } from './run'

/** On an empty database (no clusters and no users), loads the source pages and creates the admin. */
export async function seedIfEmpty(payload: Payload, env: AppEnv): Promise<SeedReport | undefined> {
  const [clusters, users] = await Promise.all([
    payload.count({ collection: collectionSlugs.clusters, overrideAccess: true }),
    payload.count({ collection: collectionSlugs.users, overrideAccess: true }),
  ])
  if (clusters.totalDocs > 0 || users.totalDocs > 0) return undefined
  console.log('[grappes] empty database: loading the source pages…')
  return seed(payload, {
    admin: { email: env.adminEmail, password: env.adminPassword, name: env.adminName },
  })
}
