import Link from 'next/link'

import { listPageSummaries } from '../data/pages'
import { dictionary, type Locale } from '../i18n'
import { featuredPageSlugs } from '../navigation'
import { localePath, paths } from '../paths'

/** Cards for the three source pages, with their titles and summaries from Payload. */
export async function FeaturedPages({ locale }: { locale: Locale }) {
  const t = dictionary(locale).home
  const pages = await listPageSummaries(locale, [...featuredPageSlugs])
  if (!pages.length) return null
  return (
    <section className="teaser" aria-labelledby="explore-heading">
      <h2 id="explore-heading">{t.explore}</h2>
      <div className="card-grid">
        {pages.map((page) =>
          page.slug ? (
            <article key={page.id} className="card">
              <h3>
                <Link href={localePath(locale, paths.page(page.slug))}>{page.title}</Link>
              </h3>
              {page.summary ? <p>{page.summary}</p> : null}
            </article>
          ) : null,
        )}
      </div>
    </section>
  )
}
