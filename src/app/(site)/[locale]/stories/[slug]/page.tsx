import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { StoryArticle } from '@/site/components/StoryArticle'
import { findStory } from '@/site/data/stories'
import { dictionary } from '@/site/i18n'
import { type LocaleParams, localeOf } from '@/site/locale'
import { pageMetadata } from '@/site/metadata'
import { localePath, paths } from '@/site/paths'

type Props = { params: Promise<LocaleParams & { slug: string }> }

/** Rendered per request from cached reads keyed by the content version (src/site/data/read.ts). */
export const dynamic = 'force-dynamic'
export const generateStaticParams = (): Array<{ slug: string }> => []

async function storyOf(params: Props['params']) {
  const locale = await localeOf(params)
  const { slug } = await params
  const story = await findStory(locale, slug)
  if (!story) notFound()
  return { locale, story }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, story } = await storyOf(params)
  return pageMetadata({
    locale,
    path: paths.story(story.slug ?? ''),
    title: story.seo?.title || story.title,
    description: story.seo?.description || story.summary,
    image: story.seo?.image || story.heroImage,
  })
}

export default async function StoryPage({ params }: Props) {
  const { locale, story } = await storyOf(params)
  const t = dictionary(locale).stories
  return (
    <>
      <nav className="breadcrumb" aria-label={dictionary(locale).breadcrumb}>
        <Link href={localePath(locale, paths.stories)}>{t.title}</Link>
      </nav>
      <StoryArticle story={story} locale={locale} />
    </>
  )
}
