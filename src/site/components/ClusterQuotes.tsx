import type { Cluster, Organization, Quote } from '@/payload-types'
import { joinedDocs, populated } from '../data/relations'
import { dictionary, type Locale } from '../i18n'
import type { HeadingLevel } from './Heading'
import { ProfileSection } from './ProfileSection'
import { QuoteFigure } from './QuoteFigure'

type ClusterQuotesProps = { cluster: Cluster; locale: Locale; level: HeadingLevel }

/** The secretariat's words about its cluster, from the cluster's `quotes` join. */
export function ClusterQuotes({ cluster, locale, level }: ClusterQuotesProps) {
  const quotes = joinedDocs<Quote>(cluster.quotes)
  if (!quotes.length) return null
  const t = dictionary(locale).clusters
  const secretariat = populated<Organization>(cluster.secretariat)?.name
  return (
    <ProfileSection
      heading={secretariat ? t.secretariatWords(secretariat) : t.secretariatWordsUnnamed}
      level={level}
      className="profile-section profile-quotes"
    >
      {quotes.map((quote) => (
        <QuoteFigure key={quote.id} quote={quote} />
      ))}
    </ProfileSection>
  )
}
