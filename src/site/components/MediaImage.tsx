import type { Media } from '@/payload-types'
import { populated } from '../data/relations'

type MediaImageProps = {
  media: number | Media | null | undefined
  /** The WebP size Payload made that fits where the image is shown. */
  size?: 'thumbnail' | 'card' | 'hero'
  className?: string
}

/**
 * An uploaded image with its (required, localized) alternative text. Payload already made WebP
 * sizes with sharp, so a plain `img` with a `srcSet` serves them; next/image would re-encode
 * them and needs remote patterns in next.config.
 */
export function MediaImage({ media, size = 'card', className }: MediaImageProps) {
  const image = populated(media)
  if (!image?.url || !image.mimeType?.startsWith('image/')) return null
  const sized = image.sizes?.[size]
  const sources = Object.values(image.sizes ?? {}).flatMap((s) =>
    s?.url && s.width ? [`${s.url} ${s.width}w`] : [],
  )
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see the comment above
    <img
      className={className}
      src={sized?.url ?? image.url}
      srcSet={sources.length ? sources.join(', ') : undefined}
      sizes={sources.length ? '(min-width: 60rem) 56rem, 100vw' : undefined}
      width={sized?.width ?? image.width ?? undefined}
      height={sized?.height ?? image.height ?? undefined}
      alt={image.alt}
      loading="lazy"
      decoding="async"
    />
  )
}
