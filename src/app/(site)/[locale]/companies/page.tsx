import type { Metadata } from 'next'

import { CompanyItem } from '@/site/components/CompanyItem'
import { listCompanies } from '@/site/data/companies'
import { dictionary } from '@/site/i18n'
import { type LocaleParams, localeOf } from '@/site/locale'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = { params: Promise<LocaleParams> }

/** Rendered per request from cached reads keyed by the content version (src/site/data/read.ts). */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = dictionary(locale).companies
  return pageMetadata({ locale, path: paths.companies, title: t.title, description: t.description })
}

export default async function CompaniesPage({ params }: Props) {
  const locale = await localeOf(params)
  const t = dictionary(locale).companies
  const companies = await listCompanies(locale)
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      {companies.length ? (
        <div className="card-grid">
          {companies.map((company) => (
            <CompanyItem key={company.id} company={company} locale={locale} level={2} />
          ))}
        </div>
      ) : (
        <p className="muted">{t.empty}</p>
      )}
    </>
  )
}
