import Link from 'next/link'

import { dictionary, type Locale } from '../i18n'
import { featuredPageSlugs } from '../navigation'
import { localePath, paths } from '../paths'
import { LanguageSwitch } from './LanguageSwitch'
import { NavLink } from './NavLink'
import { SearchBox } from './SearchBox'

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  const links = [
    { href: localePath(locale, paths.clusters), label: t.nav.clusters },
    { href: localePath(locale, paths.companies), label: t.nav.companies },
    { href: localePath(locale, paths.stories), label: t.nav.stories },
    { href: localePath(locale, paths.ambassadors), label: t.nav.ambassadors },
    ...featuredPageSlugs.map((slug) => ({
      href: localePath(locale, paths.page(slug)),
      label: t.featuredPages[slug],
    })),
  ]
  return (
    <header className="site-header">
      <div className="container header-bar">
        <Link className="site-name" href={localePath(locale)}>
          {t.siteName}
        </Link>
        <SearchBox locale={locale} id="site-search" />
        <LanguageSwitch locale={locale} />
      </div>
      <nav className="container site-nav" aria-label={t.mainNavigation}>
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <NavLink href={link.href}>{link.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
