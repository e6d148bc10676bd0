import type { CollectionBeforeOperationHook } from 'payload'

import { fieldError } from '@/utilities/fieldError'

/**
 * Uploads are read with `abortOnLimit: false`, so a file over the limit arrives truncated; it is
 * refused here as a validation error on `file` (400) rather than stored cut short.
 */
export const rejectOversizedUpload: CollectionBeforeOperationHook<'media'> = ({
  req,
  operation,
}) => {
  if (
    (operation === 'create' || operation === 'update') &&
    req.file &&
    'truncated' in req.file &&
    req.file.truncated
  ) {
    const limit = req.payload.config.upload.limits?.fileSize
    const megabytes =
      typeof limit === 'number' ? `${Math.round(limit / 1024 / 1024)} MB` : 'the allowed size'
    throw fieldError(req, 'file', 'fileTooLarge', { size: megabytes })
  }
}
