import type { Metadata } from 'next'

import { searchPublished } from '@/plugins/fullTextSearch'
import { QUERY_LENGTH } from '@/plugins/fullTextSearch/searchParams'
import { SearchBox } from '@/site/components/SearchBox'
import { getReader } from '@/site/data/payload'
import { dictionary } from '@/site/i18n'
import { type LocaleParams, localeOf } from '@/site/locale'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

type Props = {
  params: Promise<LocaleParams>
  searchParams: Promise<{ q?: string | string[] }>
}

const RESULTS = 20

/** Read per request: the index follows every publish at once. */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = dictionary(locale).search
  return pageMetadata({ locale, path: paths.search, title: t.title, description: t.description })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const t = dictionary(locale).search
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : (raw ?? '')).trim()
  const searchable = q.length >= QUERY_LENGTH.min && q.length <= QUERY_LENGTH.max
  const result = searchable
    ? await searchPublished(await getReader(), { q, locale, limit: RESULTS, page: 1 })
    : undefined
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      <SearchBox locale={locale} id="page-search" value={q} />
      {q && !searchable ? <p className="muted">{t.tooShort}</p> : null}
      {result ? (
        <section aria-live="polite">
          <h2>{result.totalDocs ? t.results(result.totalDocs, q) : t.empty(q)}</h2>
          <ol className="search-results">
            {result.docs.map((hit) => (
              <li key={`${hit.collection}/${hit.id}`}>
                <p className="muted">{t.kinds[hit.collection] ?? hit.collection}</p>
                <h3>{hit.path ? <a href={hit.path}>{hit.title}</a> : hit.title}</h3>
                {/* The snippet is HTML-escaped text with <mark> around matched words only. */}
                <p dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  )
}
