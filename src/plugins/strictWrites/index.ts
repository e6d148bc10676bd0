import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type Config,
  type FlattenedField,
  type GlobalConfig,
  type PayloadRequest,
} from 'payload'

import { addHooks } from '../shared/addHooks'
import { checkShape } from './checkShape'
import { answerInContentLanguage } from './readerLanguage'

type WriteArgs = { data?: unknown; draft?: boolean } | undefined

/** Payload validates fields on every save but a draft (unless it publishes). */
const isDraftSave = (args: NonNullable<WriteArgs>) =>
  Boolean(args.draft) && (args.data as { _status?: unknown })._status !== 'published'

async function refuseMalformed(
  fields: FlattenedField[],
  args: WriteArgs,
  req: PayloadRequest,
  target: { collection?: string; global?: string },
) {
  await answerInContentLanguage(req)
  // Nothing is writable anonymously: access refuses those with a 403 before any data is read.
  if (!req.user || !args?.data) return
  const errors = checkShape(fields, args.data, req, { isDraft: isDraftSave(args) })
  if (errors.length > 0) throw new ValidationError({ ...target, errors, req }, req.t)
}

const collectionCheck: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return
  await refuseMalformed(collection.flattenedFields, args as WriteArgs, req, {
    collection: collection.slug,
  })
}

const globalCheck: NonNullable<
  NonNullable<GlobalConfig['hooks']>['beforeOperation']
>[number] = async ({ args, global, operation, req }) => {
  if (operation !== 'update') return
  await refuseMalformed(global.flattenedFields, args as WriteArgs, req, { global: global.slug })
}

/**
 * Every write is checked as a whole before Payload's operation does any work: each value has its
 * field's type (`_status` included), rich text is a Lexical document, and lists stay within their
 * `maxRows`. Drafts too (Payload skips field validation for drafts), and a 50,000-row body is
 * refused after one length check instead of being traversed. The hook runs first, so the error
 * is in the reader's language for every later hook as well.
 */
export function strictWrites(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      addHooks(collection, { beforeOperation: [collectionCheck] }, { first: true }),
    ),
    globals: (config.globals ?? []).map((global) =>
      addHooks(global, { beforeOperation: [globalCheck] }, { first: true }),
    ),
  }
}
