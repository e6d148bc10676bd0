'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { dictionary, isLocale } from '../i18n'
import { localePath } from '../paths'

/**
 * The 404 in the reader's language. `not-found` is not given the route's params, so the
 * language comes from the address (an unknown language falls back to English).
 */
export function NotFoundMessage() {
  const first = usePathname().split('/')[1]
  const locale = isLocale(first) ? first : 'en'
  const t = dictionary(locale).notFound
  return (
    <div className="not-found">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <p>
        <Link href={localePath(locale)}>{t.home}</Link>
      </p>
    </div>
  )
}
