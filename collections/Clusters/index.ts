import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { editorOnlyField } from '@/access/field/editorOnlyField'
import { collectionSlugs } from '@/constants/slugs'
import { adminPreview } from '@/site/preview/adminPreview'
import { clusterKinds } from '@/constants/taxonomy'
import { keyFigures } from '@/fields/keyFigures'
import { keepSecretariatMedia } from '@/hooks/keepSecretariatMedia'
import { links } from '@/fields/links'
import { mediaUpload } from '@/fields/mediaUpload'
import { region } from '@/fields/region'
import { slugField } from '@/fields/slug'
import { sources } from '@/fields/sources'
import { editorNotes } from '@/fields/editorNotes'
import { draftVersions } from '@/constants/versions'
import { strictNumber } from '@/fields/strictNumber'

export const Clusters: CollectionConfig<'clusters'> = {
  slug: collectionSlugs.clusters,
  labels: {
    singular: { en: 'Cluster', fr: 'Grappe' },
    plural: { en: 'Clusters', fr: 'Grappes' },
  },
  access: contentAccess({ ownerPath: 'secretariat', canCreate: false }),
  defaultPopulate: {
    name: true,
    slug: true,
    kind: true,
    region: true,
    summary: true,
    logo: true,
    heroImage: true,
  },
  admin: {
    ...adminPreview('clusters'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'region', 'kind', 'secretariat', '_status', 'updatedAt'],
    group: { en: 'Clusters', fr: 'Grappes' },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', fr: 'Nom' },
      localized: true,
      required: true,
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { en: 'Kind', fr: 'Type' },
          required: true,
          defaultValue: 'cluster',
          index: true,
          access: { update: editorOnlyField },
          options: clusterKinds.map(({ value, label }) => ({ value, label })),
        },
        region(),
      ],
    },
    {
      name: 'secretariat',
      type: 'relationship',
      relationTo: collectionSlugs.organizations,
      label: { en: 'Secretariat', fr: 'Secrétariat' },
      required: true,
      index: true,
      access: { update: editorOnlyField },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Profile', fr: 'Profil' },
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              label: { en: 'Summary', fr: 'Résumé' },
              localized: true,
              required: true,
            },
            { name: 'body', type: 'richText', label: { en: 'Body', fr: 'Texte' }, localized: true },
            {
              type: 'row',
              fields: [
                mediaUpload(collectionSlugs.clusters, 'logo', { en: 'Logo', fr: 'Logo' }),
                mediaUpload(collectionSlugs.clusters, 'heroImage', {
                  en: 'Hero image',
                  fr: 'Image principale',
                }),
              ],
            },
            {
              name: 'highlights',
              type: 'array',
              maxRows: 20,
              label: { en: 'Highlights', fr: 'Faits saillants' },
              labels: {
                singular: { en: 'Highlight', fr: 'Fait saillant' },
                plural: { en: 'Highlights', fr: 'Faits saillants' },
              },
              fields: [
                {
                  name: 'text',
                  type: 'text',
                  label: { en: 'Text', fr: 'Texte' },
                  localized: true,
                  required: true,
                },
              ],
            },
          ],
        },
        {
          label: { en: 'Figures', fr: 'Chiffres' },
          fields: [
            keyFigures(),
            {
              name: 'sectorBreakdown',
              type: 'group',
              label: { en: 'Sector breakdown', fr: 'Répartition par secteur' },
              interfaceName: 'SectorBreakdown',
              fields: [
                {
                  name: 'intro',
                  type: 'text',
                  label: { en: 'Introduction', fr: 'Introduction' },
                  localized: true,
                },
                {
                  name: 'items',
                  type: 'array',
                  maxRows: 30,
                  label: { en: 'Sectors', fr: 'Secteurs' },
                  labels: {
                    singular: { en: 'Sector', fr: 'Secteur' },
                    plural: { en: 'Sectors', fr: 'Secteurs' },
                  },
                  fields: [
                    {
                      type: 'row',
                      fields: [
                        {
                          name: 'label',
                          type: 'text',
                          label: { en: 'Sector', fr: 'Secteur' },
                          localized: true,
                          required: true,
                        },
                        {
                          name: 'share',
                          type: 'number',
                          validate: strictNumber,
                          label: { en: 'Share (%)', fr: 'Part (%)' },
                          required: true,
                          min: 0,
                          max: 100,
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { en: 'Leaders and quotes', fr: 'Chefs de file et citations' },
          fields: [
            {
              name: 'leadersIntro',
              type: 'text',
              label: { en: 'Leaders heading', fr: 'Titre des chefs de file' },
              localized: true,
            },
            {
              name: 'leaders',
              type: 'join',
              collection: collectionSlugs.companies,
              on: 'clusters',
              label: { en: 'Leader companies', fr: 'Entreprises chefs de file' },
              defaultSort: 'name',
            },
            {
              name: 'quotes',
              type: 'join',
              collection: collectionSlugs.quotes,
              on: 'cluster',
              label: { en: 'Quotes', fr: 'Citations' },
            },
          ],
        },
        {
          label: { en: 'Sources and links', fr: 'Sources et liens' },
          fields: [sources(), links()],
        },
      ],
    },
    // `review` (state, comment, who and when) is added by the review plugin (src/plugins/review).
    editorNotes(),
  ],
  hooks: {
    beforeValidate: [keepSecretariatMedia(['logo', 'heroImage'])],
  },
  versions: draftVersions,
}
