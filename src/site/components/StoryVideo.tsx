import type { Media, Story } from '@/payload-types'
import { populated } from '../data/relations'
import { dictionary, type Locale } from '../i18n'
import { videoEmbedUrl } from '../video'

type StoryVideoProps = { story: Story; locale: Locale }

/**
 * A YouTube or Vimeo link becomes an embedded player titled for screen readers; an uploaded MP4
 * plays in the browser's own player; any other link stays a link.
 */
export function StoryVideo({ story, locale }: StoryVideoProps) {
  const t = dictionary(locale).stories
  const file = populated<Media>(story.video)
  const embed = story.videoUrl ? videoEmbedUrl(story.videoUrl) : undefined
  if (embed) {
    return (
      <div className="video-frame">
        <iframe
          src={embed}
          title={t.videoTitle(story.title)}
          loading="lazy"
          allow="encrypted-media; fullscreen; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    )
  }
  if (file?.url && file.mimeType?.startsWith('video/')) {
    // The story's image stands in for the video until it plays.
    const poster = populated<Media>(story.heroImage)
    return (
      <video
        className="video"
        controls
        preload="metadata"
        poster={poster?.sizes?.hero?.url ?? poster?.url ?? undefined}
        aria-label={t.videoTitle(story.title)}
      >
        <source src={file.url} type={file.mimeType} />
        <p>
          {t.noVideoSupport} <a href={file.url}>{t.downloadVideo}</a>
        </p>
      </video>
    )
  }
  if (story.videoUrl) {
    return (
      <p>
        <a href={story.videoUrl}>{t.watchVideo}</a>
      </p>
    )
  }
  return null
}
