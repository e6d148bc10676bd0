/** Where a secretariat's change stands: saved, waiting for review, sent back, or published. */
export const reviewStates = [
  { value: 'draft', label: { en: 'Draft', fr: 'Brouillon' } },
  { value: 'in_review', label: { en: 'In review', fr: 'En révision' } },
  { value: 'changes_requested', label: { en: 'Changes requested', fr: 'Modifications demandées' } },
  { value: 'published', label: { en: 'Published', fr: 'Publié' } },
] as const
export type ReviewState = (typeof reviewStates)[number]['value']
