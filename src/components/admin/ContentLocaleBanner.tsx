'use client'
import { useConfig, useLocale, useRouteTransition, useTranslation } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import type { CSSProperties, MouseEvent } from 'react'

import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'

const bannerStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.75rem 1.5rem',
  padding: '0.75rem 1rem',
  marginBottom: '1.5rem',
  borderLeft: '4px solid var(--theme-warning-500)',
  background: 'var(--theme-warning-100)',
  color: 'var(--theme-text)',
  fontSize: '1rem',
}

type LocaleCode = 'en' | 'fr'
const isKnown = (code: string): code is LocaleCode => code === 'en' || code === 'fr'

/**
 * Says, at the top of every localized document, which language's content the form holds, with a
 * link to the other: the content locale and the admin's language are two things, and a story
 * typed into the wrong one is published without its English.
 */
export function ContentLocaleBanner() {
  const locale = useLocale()
  const { config } = useConfig()
  const { t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const { startRouteTransition } = useRouteTransition()
  const current = 'code' in locale ? locale.code : undefined
  if (!config.localization || !current || !isKnown(current)) return null
  const others = config.localization.localeCodes.filter(
    (code): code is LocaleCode => code !== current && isKnown(code),
  )
  const hrefFor = (code: string) => {
    const params = new URLSearchParams(searchParams.toString())
    params.set('locale', code)
    return `${pathname}?${params.toString()}`
  }
  // As Payload's own locale selector does: a client navigation that the admin shows as loading.
  const switchTo = (event: MouseEvent<HTMLAnchorElement>, code: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return
    event.preventDefault()
    startRouteTransition(() => router.push(hrefFor(code)))
  }
  return (
    <div
      className="content-locale-banner"
      role="status"
      data-content-locale={current}
      style={bannerStyle}
    >
      <strong>{t(`grappes:editingLocale_${current}`)}</strong>
      {others.map((code) => (
        <a
          key={code}
          href={hrefFor(code)}
          hrefLang={code}
          data-switch-locale={code}
          onClick={(event) => switchTo(event, code)}
        >
          {t(`grappes:switchLocale_${code}`)}
        </a>
      ))}
    </div>
  )
}
