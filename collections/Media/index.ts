import path from 'node:path'
import type { CollectionConfig, ImageSize } from 'payload'

import { editorOnlyField } from '@/access/field/editorOnlyField'
import { mediaAccess } from '@/access/mediaAccess'
import { ownMediaOnly } from '@/access/ownMediaOnly'
import { collectionSlugs } from '@/constants/slugs'
import { assignOwnOrganization } from './hooks/assignOwnOrganization'
import { rejectOversizedImage } from './hooks/rejectOversizedImage'
import { rejectOversizedUpload } from './hooks/rejectOversizedUpload'
import { sanitizeUploadFilename } from './hooks/sanitizeUploadFilename'

/** Images and MP4 videos only; SVG is left out on purpose (it can carry scripts). */
export const allowedMediaTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'video/mp4',
]

const webp = (name: string, width: number, height?: number): ImageSize => ({
  name,
  width,
  height,
  withoutEnlargement: true,
  formatOptions: { format: 'webp', options: { quality: 80 } },
})

type MediaSettings = {
  /** Where uploads are stored; a relative path is read from the working directory. */
  staticDir: string
  /** Images above this many pixels (width × height) are refused before they are resized. */
  maxPixels: number
}

/** The media collection; a factory, so that importing it reads no environment. */
export const Media = ({ staticDir, maxPixels }: MediaSettings): CollectionConfig<'media'> => ({
  slug: collectionSlugs.media,
  labels: {
    singular: { en: 'Media file', fr: 'Fichier média' },
    plural: { en: 'Media', fr: 'Médias' },
  },
  access: mediaAccess,
  // Payload computes `url` (and each size's) from the stored filename: without it, url is null.
  defaultPopulate: {
    alt: true,
    filename: true,
    url: true,
    width: true,
    height: true,
    mimeType: true,
    sizes: true,
    focalX: true,
    focalY: true,
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'organization', 'mimeType', 'updatedAt'],
    group: { en: 'Media', fr: 'Médias' },
    // A secretariat's list shows its own organization's files (it may pick only these).
    baseFilter: ({ req }) => ownMediaOnly(req.user),
    description: {
      en: 'A secretariat’s files belong to its organization. A file that published content shows cannot be replaced or deleted by a secretariat: upload a new file and choose it in your draft.',
      fr: 'Les fichiers d’un secrétariat appartiennent à son organisation. Un secrétariat ne peut ni remplacer ni supprimer un fichier affiché par un contenu publié : téléversez un nouveau fichier et choisissez-le dans votre brouillon.',
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { en: 'Alternative text', fr: 'Texte de remplacement' },
      localized: true,
      required: true,
      admin: {
        description: {
          en: 'What the image shows, for readers who cannot see it. Write it in both languages.',
          fr: 'Ce que montre l’image, pour qui ne peut la voir. À rédiger dans les deux langues.',
        },
      },
    },
    { name: 'credit', type: 'text', label: { en: 'Credit', fr: 'Crédit' }, localized: true },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: collectionSlugs.organizations,
      label: { en: 'Organization', fr: 'Organisation' },
      index: true,
      // A secretariat's uploads get its own organization (assignOwnOrganization); only editors move a file.
      access: { update: editorOnlyField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Whose file this is. Empty: the shared library, kept by communications.',
          fr: 'À qui appartient ce fichier. Vide : la médiathèque commune, tenue par les communications.',
        },
      },
    },
  ],
  hooks: {
    beforeValidate: [assignOwnOrganization],
    beforeOperation: [
      sanitizeUploadFilename,
      rejectOversizedUpload,
      rejectOversizedImage(maxPixels),
    ],
  },
  upload: {
    staticDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), staticDir),
    mimeTypes: allowedMediaTypes,
    focalPoint: true,
    // Files come from the editor's computer; the server never fetches a URL on anyone's behalf.
    pasteURL: false,
    adminThumbnail: 'thumbnail',
    imageSizes: [webp('thumbnail', 400, 300), webp('card', 800, 600), webp('hero', 1920)],
  },
})
