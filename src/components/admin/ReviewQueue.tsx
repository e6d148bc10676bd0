import { getTranslation, type I18n } from '@payloadcms/translations'
import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { isEditorUser } from '@/access/isEditor'
import { isSecretariatUser } from '@/access/isSecretariat'
import type { ReviewState } from '@/constants/review'
import type { GrappesTranslationKey } from '@/i18n/messages'
import type { ReviewQueueProps } from '@/plugins/review'
import type { ReviewedDocument } from '@/plugins/review/applyReviewTransition'
import { reviewDiffHref } from '@/plugins/review/reviewDiffHref'
import { documentTitle } from '@/utilities/documentTitle'

type Props = ReviewQueueProps & {
  payload: Payload
  user?: TypedUser | null
  i18n: I18n
}

type Item = {
  key: string
  href: string
  title: string
  collectionLabel: string
  state: ReviewState
  comment?: string | null
  diffHref?: string
}

/** The reviewed documents in one of `states` that `user` may read, newest first, in every collection. */
async function itemsIn(states: ReviewState[], { payload, user, i18n, reviewedCollections }: Props) {
  const perCollection = await Promise.all(
    reviewedCollections.map(async (collection: CollectionSlug) => {
      const config = payload.collections[collection].config
      const found = await payload.find({
        collection,
        // Titles in the admin's language where the content has it (French falls back to English).
        locale: i18n.language === 'fr' ? 'fr' : 'en',
        where: { 'review.state': { in: states } },
        draft: true,
        depth: 0,
        limit: 20,
        sort: '-updatedAt',
        user,
        overrideAccess: false,
      })
      return Promise.all(
        (found.docs as ReviewedDocument[]).map(async (doc): Promise<Item> => ({
          key: `${collection}-${doc.id}`,
          href: `${payload.config.routes.admin}/collections/${collection}/${doc.id}`,
          title: documentTitle(doc) ?? `#${doc.id}`,
          collectionLabel: getTranslation(config.labels.singular, i18n),
          state: doc.review?.state ?? 'draft',
          comment: doc.review?.comment,
          diffHref:
            isEditorUser(user) && user
              ? await reviewDiffHref(payload, collection, doc.id, user)
              : undefined,
        })),
      )
    }),
  )
  return perCollection.flat()
}

function ItemList({
  items,
  empty,
  t,
}: {
  items: Item[]
  empty: string
  t: (key: string) => string
}) {
  if (items.length === 0) return <p>{empty}</p>
  return (
    <ul>
      {items.map((item) => (
        <li key={item.key} data-review-item={item.key}>
          <a href={item.href}>{item.title}</a> · {item.collectionLabel}
          {item.diffHref ? (
            <>
              {' · '}
              <a href={item.diffHref}>{t('grappes:reviewSeeChanges')}</a>
            </>
          ) : null}
          {item.comment && item.state === 'changes_requested' ? (
            <blockquote style={{ margin: '0.25rem 0 0.75rem 1rem' }}>{item.comment}</blockquote>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * The dashboard's "what waits on you": for communications and admins, the changes waiting for
 * review (with the comparison of each draft with the published version); for a secretariat, its
 * organization's submissions in review and those sent back with the reviewer's comment. Documents
 * appear by title with their collection's name in the admin's language. Placed by the review plugin.
 */
export async function ReviewQueue(props: Props) {
  const { user, i18n } = props
  const t = (key: GrappesTranslationKey) => (i18n.t as (key: string) => string)(key)
  if (isEditorUser(user)) {
    const waiting = await itemsIn(['in_review'], props)
    return (
      <section className="review-queue" style={{ marginBottom: '2rem' }}>
        <h2>
          {t('grappes:reviewQueueTitle')} ({waiting.length})
        </h2>
        <ItemList
          items={waiting}
          empty={t('grappes:reviewQueueEmpty')}
          t={t as (key: string) => string}
        />
      </section>
    )
  }
  if (!isSecretariatUser(user)) return null
  const mine = await itemsIn(['in_review', 'changes_requested'], props)
  const sentBack = mine.filter((item) => item.state === 'changes_requested')
  const inReview = mine.filter((item) => item.state === 'in_review')
  const list = (className: string, title: GrappesTranslationKey, items: Item[]) => (
    <section className={className} style={{ marginBottom: '2rem' }}>
      <h2>
        {t(title)} ({items.length})
      </h2>
      <ItemList
        items={items}
        empty={t('grappes:reviewMineEmpty')}
        t={t as (key: string) => string}
      />
    </section>
  )
  return (
    <>
      {list('review-changes-requested', 'grappes:reviewMineChangesRequested', sentBack)}
      {list('review-in-review', 'grappes:reviewMineInReview', inReview)}
    </>
  )
}
