/**
 * The embed address of a YouTube or Vimeo link, or undefined for any other link. YouTube is
 * embedded from youtube-nocookie.com, which sets no tracking cookie until the reader plays the
 * video; both hosts are the only frames the site's content security policy allows.
 */
export function videoEmbedUrl(link: string): string | undefined {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return undefined
  }
  const host = url.hostname.replace(/^(www\.|m\.)/, '')
  const id = /^[\w-]+$/
  if (host === 'youtu.be') {
    const video = url.pathname.slice(1)
    return id.test(video) ? `https://www.youtube-nocookie.com/embed/${video}` : undefined
  }
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, kind, rest] = url.pathname.split('/')
    const video =
      kind === 'watch'
        ? url.searchParams.get('v')
        : ['embed', 'shorts', 'live'].includes(kind ?? '')
          ? rest
          : null
    return video && id.test(video) ? `https://www.youtube-nocookie.com/embed/${video}` : undefined
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const video = url.pathname.split('/').find((part) => /^\d+$/.test(part))
    return video ? `https://player.vimeo.com/video/${video}` : undefined
  }
  return undefined
}
