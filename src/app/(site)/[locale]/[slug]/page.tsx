import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RenderBlocks } from '@/site/blocks/RenderBlocks'
import { findPage } from '@/site/data/pages'
import { type LocaleParams, localeOf } from '@/site/locale'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = { params: Promise<LocaleParams & { slug: string }> }

/** Rendered per request from cached reads keyed by the content version (src/site/data/read.ts). */
export const dynamic = 'force-dynamic'
export const generateStaticParams = (): Array<{ slug: string }> => []

async function pageOf(params: Props['params']) {
  const locale = await localeOf(params)
  const { slug } = await params
  const page = await findPage(locale, slug)
  if (!page) notFound()
  return { locale, page }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await pageOf(params)
  return pageMetadata({
    locale,
    path: paths.page(page.slug ?? ''),
    title: page.seo?.title || page.title,
    description: page.seo?.description || page.summary,
    image: page.seo?.image,
  })
}

export default async function ContentPage({ params }: Props) {
  const { locale, page } = await pageOf(params)
  return (
    <article className="content-page">
      <h1>{page.title}</h1>
      <RenderBlocks blocks={page.layout} locale={locale} />
    </article>
  )
}
