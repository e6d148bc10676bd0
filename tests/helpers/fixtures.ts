import type { Payload } from 'payload'

import { collectionSlugs, type ContentCollectionSlug } from '@/constants/slugs'

const unique = () => Math.random().toString(36).slice(2, 8)

/** The smallest valid document of each content collection, and the field a test edits. */
export type Fixture = {
  data: Record<string, unknown>
  editable: string
  graphql: { single: string; plural: string }
}

export async function fixtureOrganization(payload: Payload): Promise<number> {
  const doc = await payload.create({
    collection: collectionSlugs.organizations,
    data: {
      name: `Fixture org ${unique()}`,
      kind: 'secretariat',
      region: 'quebec',
      _status: 'published',
    },
    overrideAccess: true, // fixtures are set up as the system
  })
  return doc.id
}

export function fixtureFor(
  collection: ContentCollectionSlug,
  organization: number | string,
): Fixture {
  const id = unique()
  switch (collection) {
    case 'organizations':
      return {
        data: { name: `Org ${id}`, kind: 'movement', region: 'quebec' },
        editable: 'name',
        graphql: { single: 'Organization', plural: 'Organizations' },
      }
    case 'clusters':
      return {
        data: {
          name: `Cluster ${id}`,
          kind: 'cluster',
          region: 'greater_montreal',
          secretariat: organization,
          summary: 'A cluster.',
        },
        editable: 'name',
        graphql: { single: 'Cluster', plural: 'Clusters' },
      }
    case 'quotes':
      return {
        data: { text: `Words ${id}`, speakerName: `Speaker ${id}`, organization },
        editable: 'text',
        graphql: { single: 'Quote', plural: 'Quotes' },
      }
    case 'companies':
      return {
        data: { name: `Company ${id}` },
        editable: 'name',
        graphql: { single: 'Company', plural: 'Companies' },
      }
    case 'stories':
      return {
        data: { title: `Story ${id}` },
        editable: 'title',
        graphql: { single: 'Story', plural: 'Stories' },
      }
    case 'ambassadors':
      return {
        data: { name: `Ambassador ${id}`, role: 'Founder' },
        editable: 'role',
        graphql: { single: 'Ambassador', plural: 'Ambassadors' },
      }
    case 'pages':
      return {
        data: {
          title: `Page ${id}`,
          layout: [
            { blockType: 'callToAction', links: [{ label: 'Home', url: 'https://example.org' }] },
          ],
        },
        editable: 'title',
        graphql: { single: 'Page', plural: 'Pages' },
      }
  }
}
