'use client'

import { usePathname } from 'next/navigation'

import { dictionary, type Locale, localeTags, otherLocale } from '../i18n'
import { switchLocale } from '../paths'

/**
 * The same page in the other language. Layouts are not given the pathname, so this small part
 * reads it on the client; slugs are shared by both languages, so only the prefix changes.
 */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const pathname = usePathname()
  const target = otherLocale(locale)
  const t = dictionary(locale)
  return (
    <a
      className="language-switch"
      href={switchLocale(pathname, target)}
      hrefLang={localeTags[target]}
      lang={localeTags[target]}
      title={t.languageSwitch}
    >
      {/* The visible "FR" starts the accessible name, so voice users can say what they see. */}
      {t.languageShort}
      <span className="visually-hidden">{` – ${t.languageName}`}</span>
    </a>
  )
}
