import type { GroupField } from 'payload'

import { internalField } from '@/access/field/internalField'
import { collectionSlugs } from '@/constants/slugs'
import { reviewStates } from '@/constants/review'

import { reviewerName } from './reviewerName'

const readOnly = { readOnly: true } as const

/**
 * The review state of a document that secretariats edit: a secretariat submits ("in review"),
 * communications publishes it or sends it back with a comment. Set by `applyReviewTransition`.
 */
export function reviewField(): GroupField {
  return {
    name: 'review',
    type: 'group',
    label: { en: 'Review', fr: 'Révision' },
    interfaceName: 'Review',
    access: { read: internalField },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'state',
        type: 'select',
        label: { en: 'State', fr: 'État' },
        defaultValue: 'draft',
        index: true,
        options: reviewStates.map(({ value, label }) => ({ value, label })),
        admin: {
          // Set by the review actions (the buttons above the document), never picked by hand.
          readOnly: true,
          description: {
            en: 'Set by the review buttons at the top: Submit for review, Withdraw, Request changes, Approve and publish.',
            fr: 'Fixé par les boutons de révision en haut : Soumettre pour révision, Retirer la soumission, Demander des modifications, Approuver et publier.',
          },
        },
      },
      {
        name: 'comment',
        type: 'textarea',
        label: { en: 'Review comment', fr: 'Commentaire de révision' },
        // Written in the "Request changes" dialog.
        admin: readOnly,
      },
      {
        name: 'submittedBy',
        type: 'relationship',
        label: { en: 'Submitted by', fr: 'Soumis par' },
        relationTo: collectionSlugs.users,
        admin: readOnly,
      },
      reviewerName('submittedBy'),
      {
        name: 'submittedAt',
        type: 'date',
        label: { en: 'Submitted at', fr: 'Soumis le' },
        admin: readOnly,
      },
      {
        name: 'decidedBy',
        type: 'relationship',
        label: { en: 'Decided by', fr: 'Décidé par' },
        relationTo: collectionSlugs.users,
        admin: readOnly,
      },
      reviewerName('decidedBy'),
      {
        name: 'decidedAt',
        type: 'date',
        label: { en: 'Decided at', fr: 'Décidé le' },
        admin: readOnly,
      },
    ],
  }
}
