import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** A create or update sent with no body is a client mistake (400), not a server error. */
export const requireDocumentData: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (
    (operation === 'create' || operation === 'update') &&
    (args.data === undefined || args.data === null)
  ) {
    throw new APIError(
      'The request has no document: send its fields as a JSON object in the body.',
      400,
    )
  }
  return args
}
