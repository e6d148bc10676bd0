import Link from 'next/link'

import type { StoryListBlock as StoryListBlockData } from '@/payload-types'
import { below } from '../components/Heading'
import { StoryCard } from '../components/StoryCard'
import { listStories } from '../data/stories'
import { dictionary } from '../i18n'
import { localePath, paths } from '../paths'
import { BlockHeader } from './BlockHeader'
import type { BlockProps } from './types'

/** The block's default when an editor leaves "How many" empty, as in its config. */
const DEFAULT_LIMIT = 6

export async function StoryListBlock({ block, locale, level }: BlockProps<StoryListBlockData>) {
  const t = dictionary(locale).stories
  const stories = await listStories(locale, {
    edition: block.edition,
    limit: block.limit ?? DEFAULT_LIMIT,
  })
  const cardLevel = block.heading ? below(level) : level
  return (
    <section className="block block-stories">
      <BlockHeader heading={block.heading} intro={block.intro} level={level} />
      {stories.length ? (
        <div className="card-grid">
          {stories.map((story) => (
            <StoryCard key={story.id} story={story} locale={locale} level={cardLevel} />
          ))}
        </div>
      ) : (
        <p className="muted">{t.empty}</p>
      )}
      <p>
        <Link href={localePath(locale, paths.stories)}>{t.all}</Link>
      </p>
    </section>
  )
}
