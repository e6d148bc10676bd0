import type { Organization, Quote } from '@/payload-types'
import { populated } from '../data/relations'

/** The speaker's title, with the organization added when the title does not already name it. */
function attribution(quote: Quote): string | undefined {
  const organization = populated<Organization>(quote.organization)?.name
  const title = quote.speakerTitle ?? undefined
  if (!organization || title?.toLowerCase().includes(organization.toLowerCase())) return title
  return title ? `${title}, ${organization}` : organization
}

export function QuoteFigure({ quote }: { quote: Quote }) {
  const title = attribution(quote)
  return (
    <figure className="quote">
      <blockquote>
        {quote.text.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      <figcaption>
        <span className="quote-speaker">{quote.speakerName}</span>
        {title ? `, ${title}` : null}
      </figcaption>
    </figure>
  )
}
