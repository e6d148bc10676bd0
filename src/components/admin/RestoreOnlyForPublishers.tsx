'use client'
import { useAuth } from '@payloadcms/ui'
import type { ReactNode } from 'react'

import { isEditorUser } from '@/access/isEditor'
import type { Principal } from '@/access/roles'

/**
 * Payload 3.90's version view shows "Restore this version" to whoever may update the document
 * (`docPermissions.update`), and it restores onto the published document, which only editors may
 * do (`publishingRule` refuses anyone else with a 403). A secretariat may update its drafts, so the
 * button was shown to it and always failed: for whoever may not publish, it is not shown.
 */
export function RestoreOnlyForPublishers({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  const hide = Boolean(user) && !isEditorUser(user as Principal)
  return (
    <>
      {hide ? <style>{'.restore-version { display: none !important; }'}</style> : null}
      {children}
    </>
  )
}
