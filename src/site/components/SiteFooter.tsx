import { dictionary, type Locale } from '../i18n'

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t.footer.about}</p>
        <p>
          <a href="/sitemap.xml">{t.footer.sitemap}</a>
        </p>
      </div>
    </footer>
  )
}
