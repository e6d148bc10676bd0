import type { Metadata } from 'next'

import { DirectoryTeaser } from '@/site/components/DirectoryTeaser'
import { FeaturedPages } from '@/site/components/FeaturedPages'
import { dictionary } from '@/site/i18n'
import { type LocaleParams, localeOf } from '@/site/locale'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = { params: Promise<LocaleParams> }

/** Rendered per request from cached reads keyed by the content version (src/site/data/read.ts). */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = dictionary(locale)
  return pageMetadata({
    locale,
    path: paths.home,
    title: `${t.siteName} · ${t.home.title}`,
    description: t.home.description,
    absoluteTitle: true,
  })
}

export default async function HomePage({ params }: Props) {
  const locale = await localeOf(params)
  const t = dictionary(locale).home
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <DirectoryTeaser locale={locale} />
      <FeaturedPages locale={locale} />
    </>
  )
}
