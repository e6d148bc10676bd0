import type { Metadata } from 'next'

import { AmbassadorProfile } from '@/site/components/AmbassadorProfile'
import { listAmbassadors } from '@/site/data/ambassadors'
import { dictionary } from '@/site/i18n'
import { type LocaleParams, localeOf } from '@/site/locale'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = { params: Promise<LocaleParams> }

/** Rendered per request from cached reads keyed by the content version (src/site/data/read.ts). */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = dictionary(locale).ambassadors
  return pageMetadata({
    locale,
    path: paths.ambassadors,
    title: t.title,
    description: t.description,
  })
}

export default async function AmbassadorsPage({ params }: Props) {
  const locale = await localeOf(params)
  const t = dictionary(locale).ambassadors
  const ambassadors = await listAmbassadors(locale)
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      {ambassadors.length ? (
        <div className="card-grid">
          {ambassadors.map((ambassador) => (
            <AmbassadorProfile key={ambassador.id} ambassador={ambassador} level={2} />
          ))}
        </div>
      ) : (
        <p className="muted">{t.empty}</p>
      )}
    </>
  )
}
