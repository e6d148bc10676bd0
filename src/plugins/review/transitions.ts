import type { Principal, Role } from '@/access/roles'
import { checkRole } from '@/access/roles'
import type { ReviewState } from '@/constants/review'

/** The review actions people take, as buttons in the admin and as `POST /api/<slug>/:id/review/<action>`. */
export const reviewActions = ['submit', 'withdraw', 'requestChanges', 'approve'] as const
export type ReviewAction = (typeof reviewActions)[number]

type Transition = { from: readonly ReviewState[]; to: ReviewState; roles: readonly Role[] }

const editors = ['admin', 'communications'] as const

/**
 * The one rule of the review workflow: who may move a document from which states to which. A
 * secretariat submits its draft (or its answer to requested changes) and may take it back;
 * communications and admins decide on what is in review, publishing it or sending it back.
 */
export const reviewTransitions: Record<ReviewAction, Transition> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', roles: ['secretariat'] },
  withdraw: { from: ['in_review'], to: 'draft', roles: ['secretariat'] },
  requestChanges: { from: ['in_review'], to: 'changes_requested', roles: editors },
  approve: { from: ['in_review'], to: 'published', roles: editors },
}

/** Why a move is refused: the person's role may never make it, or the document is not in a state it starts from. */
export type Refusal = { reason: 'role' } | { reason: 'state'; expected: readonly ReviewState[] }

/** Whether `user` may take `action` on a document in state `from`; undefined when allowed. */
export function refusalOf(
  action: ReviewAction,
  user: Principal | null | undefined,
  from: ReviewState,
): Refusal | undefined {
  const transition = reviewTransitions[action]
  if (!checkRole(transition.roles, user)) return { reason: 'role' }
  if (!transition.from.includes(from)) return { reason: 'state', expected: transition.from }
  return undefined
}

/** The action whose transition ends in `to`: what a write asking for that state means. */
export function actionLeadingTo(to: ReviewState): ReviewAction | undefined {
  return reviewActions.find((action) => reviewTransitions[action].to === to)
}

/** The actions `user` may take now on a document in state `from` (the buttons the admin shows). */
export const availableActions = (
  user: Principal | null | undefined,
  from: ReviewState,
): ReviewAction[] => reviewActions.filter((action) => !refusalOf(action, user, from))
