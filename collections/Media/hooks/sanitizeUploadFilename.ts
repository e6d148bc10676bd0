import type { CollectionBeforeOperationHook } from 'payload'
import { getSanitizedUploadFilename } from 'payload/shared'

/**
 * The name the browser sent is only a suggestion: path parts, control characters (NUL among them)
 * and leading dots are removed before Payload uses it for the stored file, so a strange name is
 * stored under a plain one instead of failing with a 500.
 */
export function plainFilename(name: string): string {
  const base =
    name
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .split(/[/\\]/)
      .pop() ?? ''
  const plain = getSanitizedUploadFilename(base)
    .replace(/^[.\s]+/, '')
    .trim()
  return plain || 'file'
}

export const sanitizeUploadFilename: CollectionBeforeOperationHook<'media'> = ({ req }) => {
  if (req.file) req.file.name = plainFilename(req.file.name)
}
