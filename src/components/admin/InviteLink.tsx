import type { ServerProps } from 'payload'

import { isAdminUser } from '@/access/isAdmin'
import { messages } from '@/i18n/messages'

/** Above the users list: the way to invite someone (`/admin/invite`), for admins. */
export function InviteLink({ payload, user, i18n }: ServerProps) {
  if (!isAdminUser(user)) return null
  const language = i18n?.language === 'fr' ? 'fr' : 'en'
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a
        className="btn btn--style-primary btn--size-medium"
        href={`${payload.config.routes.admin}/invite`}
        id="invite-link"
      >
        {messages[language].inviteLink}
      </a>
    </p>
  )
}
