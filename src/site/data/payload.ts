import 'server-only'

import config from '@payload-config'
import {
  getPayload,
  type CollectionSlug,
  type DataFromCollectionSlug,
  type JoinQuery,
  type Payload,
} from 'payload'

import type { ReadMode } from './read'

/** The Payload instance the site reads through (Local API, in-process: no HTTP hop). */
export const getReader = (): Promise<Payload> => getPayload({ config })

type Sluggable = Extract<CollectionSlug, 'clusters' | 'pages' | 'stories'>

/** One document by its slug, as its page shows it (depth 2: its relations and theirs). */
export async function findBySlug<S extends Sluggable>(
  collection: S,
  mode: ReadMode,
  slug: string,
  options: { joins?: JoinQuery<S> } = {},
): Promise<DataFromCollectionSlug<S> | null> {
  const payload = await getReader()
  const { docs } = await payload.find({
    collection,
    ...mode,
    ...options,
    where: { slug: { equals: slug } },
    depth: 2,
    limit: 1,
    pagination: false,
  })
  return (docs[0] as DataFromCollectionSlug<S> | undefined) ?? null
}

/** The public address of the site (the config's `serverURL`), for absolute links. */
export const siteUrl = async (): Promise<string> => (await config).serverURL
