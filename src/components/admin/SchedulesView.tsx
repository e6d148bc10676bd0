import type { AdminViewServerProps } from 'payload'

import { AdminPage } from './AdminPage'

import { isEditorUser } from '@/access/isEditor'
import { listSchedules, type ScheduleRow } from '@/plugins/schedules/listSchedules'

const states = ['failed', 'upcoming', 'done'] as const

/**
 * The admin's schedules view: every scheduled publication and unpublication, upcoming, done and
 * failed (with the reason), with the document, when, and who scheduled it. Only editors schedule
 * (`jobs.access`), so only they see schedules; a secretariat sees that there are none for it.
 */
export async function SchedulesView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const { i18n, payload, user } = req
  const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string
  const rows = isEditorUser(user) ? await listSchedules(payload, i18n.language) : []
  const timeZone = payload.config.admin.timezones.defaultTimezone ?? 'UTC'
  const when = new Intl.DateTimeFormat(i18n.language === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  })
  const byState = (state: ScheduleRow['state']) => rows.filter((row) => row.state === state)
  return (
    <AdminPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={t('grappes:schedulesTitle')}
      titleId="schedules-title"
    >
      {!isEditorUser(user) && <p>{t('grappes:schedulesEditorsOnly')}</p>}
      {isEditorUser(user) &&
        states.map((state) => (
          <section key={state} id={`schedules-${state}`} style={{ marginTop: '2rem' }}>
            <h2>
              {t(`grappes:schedules_${state}`)} ({byState(state).length})
            </h2>
            {byState(state).length === 0 ? (
              <p>{t('grappes:schedulesNone')}</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th>{t('grappes:schedulesDocument')}</th>
                    <th>{t('grappes:schedulesAction')}</th>
                    <th>{t('grappes:schedulesWhen')}</th>
                    <th>{t('grappes:schedulesBy')}</th>
                    {state === 'failed' && <th>{t('grappes:schedulesReason')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {byState(state).map((row) => (
                    <tr key={row.id} className="schedule-row" data-job={row.id}>
                      <td>
                        <a href={row.document.adminPath}>{row.document.title}</a> ·{' '}
                        {row.document.label}
                      </td>
                      <td>
                        {t(`grappes:schedules_${row.type}`)}
                        {row.locale ? ` (${row.locale.toUpperCase()})` : ''}
                      </td>
                      <td>{row.when ? when.format(new Date(row.when)) : ''}</td>
                      <td>{row.scheduledBy ?? '—'}</td>
                      {state === 'failed' && <td className="schedule-reason">{row.reason}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
    </AdminPage>
  )
}
