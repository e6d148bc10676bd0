import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { isEditorUser } from '@/access/isEditor'
import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'
import type { ReviewQueueProps } from '@/plugins/review'
import { documentTitle } from '@/utilities/documentTitle'

type Props = ReviewQueueProps & {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient<GrappesTranslations, GrappesTranslationKey>
}

/**
 * The dashboard's list of changes waiting for review, for communications and admins. The review
 * plugin places it and passes the reviewed collections.
 */
export async function ReviewQueue({ payload, user, i18n, reviewedCollections }: Props) {
  if (!isEditorUser(user)) return null
  const queues = await Promise.all(
    reviewedCollections.map(async (collection) => {
      const found = await payload.find({
        collection,
        where: { 'review.state': { equals: 'in_review' } },
        draft: true,
        depth: 0,
        limit: 20,
        sort: '-updatedAt',
        user,
        overrideAccess: false,
      })
      return found.docs.map((doc) => ({
        collection: getTranslation(payload.collections[collection].config.labels.singular, i18n),
        slug: collection,
        id: doc.id,
        title: documentTitle(doc as unknown as Record<string, unknown>) ?? `#${doc.id}`,
      }))
    }),
  )
  const waiting = queues.flat()
  return (
    <section style={{ marginBottom: '2rem' }}>
      <h2>
        {i18n.t('grappes:reviewQueueTitle')} ({waiting.length})
      </h2>
      {waiting.length === 0 ? (
        <p>{i18n.t('grappes:reviewQueueEmpty')}</p>
      ) : (
        <ul>
          {waiting.map((item) => (
            <li key={`${item.slug}-${item.id}`}>
              <a href={`/admin/collections/${item.slug}/${item.id}`}>{item.title}</a> ·{' '}
              {item.collection}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
