import type { Ambassador } from '@/payload-types'
import { Heading, type HeadingLevel } from './Heading'
import { MediaImage } from './MediaImage'

type AmbassadorProfileProps = { ambassador: Ambassador; level: HeadingLevel }

export function AmbassadorProfile({ ambassador, level }: AmbassadorProfileProps) {
  return (
    <article className="card ambassador">
      <MediaImage media={ambassador.photo} size="thumbnail" className="portrait" />
      <Heading level={level}>{ambassador.name}</Heading>
      <p className="meta">{ambassador.role}</p>
      {ambassador.bio ? <p>{ambassador.bio}</p> : null}
      {ambassador.quote ? (
        <figure className="quote">
          <blockquote>
            <p>{ambassador.quote}</p>
          </blockquote>
          <figcaption>
            <span className="quote-speaker">{ambassador.name}</span>
          </figcaption>
        </figure>
      ) : null}
    </article>
  )
}
