import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { mayPublish } from './mayPublish'
import { writesOnlyDrafts, type WriteArgs, type WriteOperation } from './writesOnlyDrafts'

const writes = new Set<string>(['create', 'update', 'restoreVersion'] satisfies WriteOperation[])

/**
 * Every write of a collection with drafts passes here (REST single and bulk, GraphQL, Local API,
 * version restore, duplicate, scheduled jobs), before access control: a user who may not
 * publish is refused unless the write only saves a draft. Refused rather than coerced into a draft,
 * so a client learns at once that it asked for something it may not do.
 */
export const refuseCollectionPublish: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (!writes.has(operation) || mayPublish(req, overrideAccess)) return args
  if (!writesOnlyDrafts(operation as WriteOperation, args as WriteArgs)) throw new Forbidden(req.t)
  return args
}
