import '@/site/site.css'

import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/site/components/SiteFooter'
import { LivePreviewListener } from '@/site/components/LivePreviewListener'
import { previewer } from '@/site/preview/previewer'
import { SiteHeader } from '@/site/components/SiteHeader'
import { dictionary, isLocale, type Locale, localeTags } from '@/site/i18n'
import { siteUrl } from '@/site/data/payload'

type LayoutProps = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * A root layout cannot show the not-found page for its own segment, so an unknown locale still
 * gets an English document here and its page answers with the 404.
 */
const layoutLocale = async (params: LayoutProps['params']): Promise<Locale> => {
  const { locale } = await params
  return isLocale(locale) ? locale : 'en'
}

/**
 * Nothing is rendered at build time (the build may run without a database): pages render per
 * request from reads cached under the content version, so a publish shows at once.
 */
export const generateStaticParams = (): Array<{ locale: string }> => []

export async function generateMetadata({
  params,
}: Omit<LayoutProps, 'children'>): Promise<Metadata> {
  const t = dictionary(await layoutLocale(params))
  return {
    metadataBase: new URL(await siteUrl()),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.home.description,
    icons: [
      { rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' },
      { rel: 'icon', type: 'image/x-icon', url: '/favicon.ico', sizes: '32x32' },
    ],
  }
}

export default async function SiteLayout({ children, params }: LayoutProps) {
  const locale = await layoutLocale(params)
  const t = dictionary(locale)
  // Draft mode shows drafts only to a signed-in previewer; the banner says so only then.
  const preview = (await previewer()) !== null
  return (
    <html lang={localeTags[locale]}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        {preview ? (
          <p className="preview-banner" role="status">
            {locale === 'fr' ? 'Aperçu : brouillons affichés.' : 'Preview: showing drafts.'}{' '}
            <a href={`/preview/exit?path=/${locale}`}>
              {locale === 'fr' ? 'Quitter l’aperçu' : 'Exit preview'}
            </a>
            <LivePreviewListener serverURL={new URL(await siteUrl()).origin} />
          </p>
        ) : null}
        <SiteHeader locale={locale} />
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
