import type { CollectionConfig, Field } from 'payload'

import { hiddenFromNonAdmins, isAdmin } from '@/access/isAdmin'
import { exposedCollections, exposedGlobals } from './exposed'

type Labelled = { en: string; fr: string }

/** The plugin names each exposed collection's or global's group after its slug in camelCase. */
const camelCase = (slug: string) => slug.replace(/-(.)/g, (_, c: string) => c.toUpperCase())

const entityLabels: Record<string, Labelled> = {
  clusters: { en: 'Clusters', fr: 'Grappes' },
  organizations: { en: 'Organizations', fr: 'Organisations' },
  companies: { en: 'Companies', fr: 'Entreprises' },
  quotes: { en: 'Quotes', fr: 'Citations' },
  stories: { en: 'Stories', fr: 'Récits' },
  ambassadors: { en: 'Ambassadors', fr: 'Ambassadeurs' },
  pages: { en: 'Pages', fr: 'Pages' },
  media: { en: 'Media', fr: 'Médias' },
  ecosystemFigures: { en: 'Ecosystem figures', fr: 'Chiffres de l’écosystème' },
}

const exposedGroups = new Set(
  [...Object.keys(exposedCollections), ...Object.keys(exposedGlobals)].map(camelCase),
)

const ownFields: Record<string, { label: Labelled; admin: { description: Labelled } }> = {
  user: {
    label: { en: 'Issued by', fr: 'Émise par' },
    admin: {
      description: {
        en: 'The admin who created the key. It does not lend the key this person’s rights: a key reads published content only, as an anonymous visitor does.',
        fr: 'L’administrateur qui a créé la clé. La clé n’hérite pas de ses droits : elle ne lit que le contenu publié, comme un visiteur anonyme.',
      },
    },
  },
  label: {
    label: { en: 'Name', fr: 'Nom' },
    admin: {
      description: {
        en: 'Who uses the key, e.g. “Communications team’s assistant”.',
        fr: 'Qui utilise la clé, p. ex. « Assistant de l’équipe des communications ».',
      },
    },
  },
  description: {
    label: { en: 'Purpose', fr: 'Usage' },
    admin: { description: { en: 'What the key is for.', fr: 'À quoi sert la clé.' } },
  },
}

/** An exposed collection's "find" box: ticked by default, since reading is all a key can do. */
function findBox(group: string): Field {
  const name = entityLabels[group] ?? { en: group, fr: group }
  return {
    name: 'find',
    type: 'checkbox',
    defaultValue: true,
    label: { en: 'Read', fr: 'Lire' },
    admin: {
      description: {
        en: `Let the assistant read the published ${name.en.toLowerCase()}.`,
        fr: `Permettre à l’assistant de lire : ${name.fr.toLowerCase()} (contenu publié).`,
      },
    },
  }
}

/** The plugin's fields, with our labels in both languages (it writes English only). */
function relabel(field: Field): Field {
  if (field.type === 'collapsible') {
    const group = field.fields[0]
    if (group?.type !== 'group' || !('name' in group) || !exposedGroups.has(group.name))
      return field
    const { name } = group
    return {
      ...field,
      label: entityLabels[name] ?? name,
      fields: [{ ...group, label: false, fields: [findBox(name)] }],
    }
  }
  if ('name' in field && ownFields[field.name]) {
    const own = ownFields[field.name]
    return { ...field, label: own.label, admin: { ...field.admin, ...own.admin } } as Field
  }
  return field
}

/**
 * The plugin's API keys, for admins only: an admin creates a key for an assistant and can revoke
 * it at any time (delete it, or untick what it may read). Whoever made it, a key reads as an
 * anonymous visitor does (see ./publicReads.ts).
 */
export const adminOnlyApiKeys = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  labels: {
    singular: { en: 'AI assistant key (MCP)', fr: 'Clé d’assistant IA (MCP)' },
    plural: { en: 'AI assistant keys (MCP)', fr: 'Clés d’assistant IA (MCP)' },
  },
  access: {
    create: isAdmin,
    read: isAdmin,
    update: isAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    ...collection.admin,
    group: { en: 'Administration', fr: 'Administration' },
    description: {
      en: 'Keys that let an AI assistant read the published content over MCP (POST /api/mcp, header Authorization: Bearer <key>). A key never writes and never sees drafts.',
      fr: 'Clés qui permettent à un assistant IA de lire le contenu publié par MCP (POST /api/mcp, en-tête Authorization: Bearer <clé>). Une clé n’écrit jamais et ne voit jamais de brouillon.',
    },
    defaultColumns: ['label', 'description', 'user', 'updatedAt'],
    hidden: hiddenFromNonAdmins,
  },
  fields: collection.fields.map(relabel),
})
