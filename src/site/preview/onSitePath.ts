/** A stand-in origin: a path that resolves anywhere else would leave the site. */
const SITE = 'http://site.invalid'

/**
 * The path itself when it stays on this site, null otherwise. Browsers read `\` as `/` and drop
 * tabs and newlines, so `/\evil.example` or `/<tab>/evil.example` become `//evil.example`; those,
 * absolute URLs and protocol-relative paths are refused.
 */
export function onSitePath(raw: string | null): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return null
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null
  const url = new URL(raw, SITE)
  if (url.origin !== SITE) return null
  return `${url.pathname}${url.search}${url.hash}`
}
