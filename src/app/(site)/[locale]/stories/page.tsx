import type { Metadata } from 'next'

import { StoryCard } from '@/site/components/StoryCard'
import { listStories } from '@/site/data/stories'
import { dictionary } from '@/site/i18n'
import { type LocaleParams, localeOf } from '@/site/locale'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = { params: Promise<LocaleParams> }

/** Rendered per request from cached reads keyed by the content version (src/site/data/read.ts). */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = dictionary(locale).stories
  return pageMetadata({ locale, path: paths.stories, title: t.title, description: t.description })
}

export default async function StoriesPage({ params }: Props) {
  const locale = await localeOf(params)
  const t = dictionary(locale).stories
  const stories = await listStories(locale, {})
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      {stories.length ? (
        <div className="card-grid">
          {stories.map((story) => (
            <StoryCard key={story.id} story={story} locale={locale} level={2} />
          ))}
        </div>
      ) : (
        <p className="muted">{t.empty}</p>
      )}
    </>
  )
}
