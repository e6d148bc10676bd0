import type { FieldHook, TextField } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

type Reviewer = 'submittedBy' | 'decidedBy'
const labels = {
  submittedBy: { en: 'Submitted by (name)', fr: 'Soumis par (nom)' },
  decidedBy: { en: 'Decided by (name)', fr: 'Décidé par (nom)' },
} as const

type ReviewSibling = Partial<Record<Reviewer, number | { id: number } | null>>

const idOf = (value: ReviewSibling[Reviewer]) =>
  typeof value === 'object' && value !== null ? value.id : (value ?? undefined)

/**
 * The name of whoever submitted or decided, kept beside the relation: when that user is deleted
 * the relation becomes empty, and the history still says who it was.
 */
export function reviewerName(reviewer: Reviewer): TextField {
  return {
    name: `${reviewer}Name`,
    type: 'text',
    label: labels[reviewer],
    admin: { readOnly: true },
    hooks: { beforeChange: [snapshotName(reviewer)] },
  }
}

/** Runs after `applyReviewTransition` (collection hooks come before field hooks) set the id. */
function snapshotName(reviewer: Reviewer): FieldHook {
  return async ({ previousSiblingDoc, req, siblingData, value }) => {
    const id = idOf((siblingData as ReviewSibling)[reviewer])
    const previousId = idOf((previousSiblingDoc as ReviewSibling | undefined)?.[reviewer])
    if (id === undefined || (id === previousId && value)) return value
    const user =
      req.user?.collection === collectionSlugs.users && req.user.id === id
        ? req.user
        : await req.payload.findByID({
            collection: collectionSlugs.users,
            id,
            depth: 0,
            disableErrors: true,
            req,
            overrideAccess: true, // a name for the history, whoever saves the document
          })
    return user ? user.name || user.email : value
  }
}
