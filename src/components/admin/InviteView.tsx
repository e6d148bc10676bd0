import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps, TypedLocale } from 'payload'

import { isAdminUser } from '@/access/isAdmin'
import { roles } from '@/access/roles'
import { collectionSlugs } from '@/constants/slugs'
import { translate } from '@/i18n/messages'
import { INVITATION_DAYS } from '../../../collections/Users/endpoints/sendInvitation'

import { InviteForm } from './InviteForm'
import { AdminPage } from './AdminPage'

/**
 * `/admin/invite`: an admin invites a person by name, e-mail, role and organization; no password
 * is typed (the person chooses one from the e-mail's link).
 */
export async function InviteView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale } = initPageResult
  const admin = isAdminUser(req.user)
  const usersConfig = req.payload.collections[collectionSlugs.users].config
  const roleField = usersConfig.fields.find((field) => 'name' in field && field.name === 'role')
  const roleOptions =
    roleField && roleField.type === 'select'
      ? roleField.options.map((option) =>
          typeof option === 'string'
            ? { value: option, label: option }
            : { value: option.value, label: getTranslation(option.label, req.i18n) as string },
        )
      : roles.map((value) => ({ value, label: value }))
  const organizations = admin
    ? (
        await req.payload.find({
          collection: collectionSlugs.organizations,
          depth: 0,
          limit: 200,
          sort: 'name',
          select: { name: true },
          locale: locale?.code as TypedLocale | undefined,
          user: req.user,
          overrideAccess: false,
          req,
        })
      ).docs.map((org) => ({ id: org.id, name: org.name }))
    : []

  return (
    <AdminPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={translate(req, 'inviteTitle')}
    >
      {admin ? (
        <>
          <p>{translate(req, 'inviteIntro', { days: INVITATION_DAYS })}</p>
          <InviteForm roles={roleOptions} organizations={organizations} />
        </>
      ) : (
        <p>{req.t('error:unauthorized')}</p>
      )}
    </AdminPage>
  )
}
