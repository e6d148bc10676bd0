import type { Company, Story } from '@/payload-types'
import { populated } from '../data/relations'
import { formatDate } from '../format'
import { dictionary, type Locale } from '../i18n'
import { MediaImage } from './MediaImage'
import { ProfileSection } from './ProfileSection'
import { RichTextContent } from './richText/RichTextContent'
import { StoryVideo } from './StoryVideo'

/** A StarTech story: its title, who and when, the video, the people interviewed and the text. */
export function StoryArticle({ story, locale }: { story: Story; locale: Locale }) {
  const t = dictionary(locale)
  const company = populated<Company>(story.company)
  const meta = [
    company?.name,
    story.edition ? `${t.stories.edition} ${story.edition}` : undefined,
    story.publishedAt
      ? `${t.stories.publishedOn} ${formatDate(locale, story.publishedAt)}`
      : undefined,
  ].filter(Boolean)
  const interviewees = story.interviewees ?? []
  return (
    <article className="story">
      <header className="profile-header">
        <h1>{story.title}</h1>
        {meta.length ? <p className="meta">{meta.join(' · ')}</p> : null}
      </header>
      {story.summary ? <p className="lead">{story.summary}</p> : null}
      <MediaImage media={story.heroImage} size="hero" className="hero-image" />
      <StoryVideo story={story} locale={locale} />
      {interviewees.length ? (
        <ProfileSection heading={t.stories.interviewees} level={2}>
          <ul>
            {interviewees.map((person, index) => (
              <li key={person.id ?? index}>
                {person.title ? `${person.name}, ${person.title}` : person.name}
              </li>
            ))}
          </ul>
        </ProfileSection>
      ) : null}
      {story.body ? <RichTextContent data={story.body} locale={locale} baseLevel={2} /> : null}
    </article>
  )
}
