import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/** A view of the project's own in the admin (invite, two-factor, schedules, data quality): Payload's frame and a title. */
export function AdminPage({
  initPageResult: { req, locale, permissions, visibleEntities },
  params,
  searchParams,
  title,
  titleId,
  children,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & {
  title: string
  /** The heading's id, for links and tests. */
  titleId?: string
  children: ReactNode
}) {
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 id={titleId}>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
