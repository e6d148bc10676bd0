import type { CollectionConfig } from 'payload'

import { isAdmin, hiddenFromNonAdmins } from '@/access/isAdmin'
import { collectionSlugs } from '@/constants/slugs'

/**
 * Front ends authenticate with an API key (`Authorization: api-clients API-Key <key>`). A client
 * reads published content, and drafts when it asks for them (`?draft=true`, for previews). It
 * writes nothing and cannot open the admin.
 */
export const ApiClients: CollectionConfig<'api-clients'> = {
  slug: collectionSlugs.apiClients,
  labels: {
    singular: { en: 'API client', fr: 'Client d’API' },
    plural: { en: 'API clients', fr: 'Clients d’API' },
  },
  access: {
    admin: () => false,
    create: isAdmin,
    read: isAdmin,
    update: isAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'description', 'updatedAt'],
    group: { en: 'Administration', fr: 'Administration' },
    hidden: hiddenFromNonAdmins,
  },
  // depth 0: a request's client is looked up without populating anything (no read needs more).
  auth: { useAPIKey: true, disableLocalStrategy: true, depth: 0 },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
    { name: 'description', type: 'textarea', label: { en: 'Used by', fr: 'Utilisé par' } },
  ],
}
