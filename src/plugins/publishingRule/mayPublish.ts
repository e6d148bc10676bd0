import type { PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/isEditor'

/** Editors publish; so does server code that overrides access (seed, migrations, system jobs). */
export const mayPublish = (req: PayloadRequest, overrideAccess: boolean | undefined): boolean =>
  Boolean(overrideAccess) || isEditorUser(req.user)
