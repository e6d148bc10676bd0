import type { Payload, TypedLocale } from 'payload'

import { documentTitle } from '@/utilities/documentTitle'

import type { ScheduleInput } from './scheduleInput'

export type ScheduledDocument = {
  /** The document's title (its latest draft), or its id when it is gone. */
  title: string
  /** The collection's or global's label, in `language`. */
  label: string
  /** The admin path of the document. */
  adminPath: string
}

const inLanguage = (label: unknown, language: string, fallback: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const labels = label as Record<string, string>
    return labels[language] ?? labels.en ?? fallback
  }
  return fallback
}

/** What a schedule is about, named for a person (title, kind of document, link). */
export async function scheduledDocument(
  payload: Payload,
  input: ScheduleInput,
  language: string,
): Promise<ScheduledDocument> {
  const admin = payload.config.routes.admin
  if (input.global) {
    const global = payload.config.globals.find((g) => g.slug === input.global)
    const label = inLanguage(global?.label, language, input.global)
    return { title: label, label, adminPath: `${admin}/globals/${input.global}` }
  }
  const slug = input.doc?.relationTo ?? ''
  const id = input.doc?.value ?? ''
  const collection = payload.collections[slug as 'pages']?.config
  const doc = collection
    ? await payload.findByID({
        collection: slug as 'pages',
        id,
        draft: true,
        depth: 0,
        locale: language as TypedLocale,
        disableErrors: true,
        overrideAccess: true, // a name for the list or the e-mail, read by the system
      })
    : null
  return {
    title: (doc && documentTitle(doc)) || `#${id}`,
    label: inLanguage(collection?.labels?.singular, language, slug),
    adminPath: `${admin}/collections/${slug}/${id}`,
  }
}
