import { Forbidden, type GlobalBeforeOperationHook } from 'payload'

import { mayPublish } from './mayPublish'
import { writesOnlyDrafts, type WriteArgs } from './writesOnlyDrafts'

/** The same rule for globals with drafts: their update and restore operations pass here. */
export const refuseGlobalPublish: GlobalBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  if (mayPublish(req, overrideAccess)) return args
  if (!writesOnlyDrafts(operation, (args ?? {}) as WriteArgs)) throw new Forbidden(req.t)
  return args
}
