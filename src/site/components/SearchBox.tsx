import { dictionary, type Locale } from '../i18n'
import { localePath, paths } from '../paths'

/** The site's search: a plain GET form to `/{locale}/search?q=`, which works without script. */
export function SearchBox({
  locale,
  id,
  value = '',
}: {
  locale: Locale
  /** Unique on the page: the header's box and the search page's own. */
  id: string
  value?: string
}) {
  const t = dictionary(locale).search
  return (
    <form
      className="search-box"
      role="search"
      action={localePath(locale, paths.search)}
      method="get"
    >
      <label className="visually-hidden" htmlFor={id}>
        {t.label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={value}
        minLength={2}
        maxLength={200}
        required
      />
      <button type="submit">{t.button}</button>
    </form>
  )
}
