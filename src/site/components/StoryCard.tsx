import Link from 'next/link'

import type { Company, Story } from '@/payload-types'
import { populated } from '../data/relations'
import { dictionary, type Locale } from '../i18n'
import { localePath, paths } from '../paths'
import { Heading, type HeadingLevel } from './Heading'
import { MediaImage } from './MediaImage'

type StoryCardProps = { story: Story; locale: Locale; level: HeadingLevel }

export function StoryCard({ story, locale, level }: StoryCardProps) {
  const t = dictionary(locale).stories
  const company = populated<Company>(story.company)
  const meta = [company?.name, story.edition ? `${t.edition} ${story.edition}` : undefined].filter(
    Boolean,
  )
  return (
    <article className="card story-card">
      <MediaImage media={story.heroImage} size="card" />
      <Heading level={level}>
        {story.slug ? (
          <Link href={localePath(locale, paths.story(story.slug))}>{story.title}</Link>
        ) : (
          story.title
        )}
      </Heading>
      {meta.length ? <p className="meta">{meta.join(' · ')}</p> : null}
      {story.summary ? <p>{story.summary}</p> : null}
    </article>
  )
}
