import type { Endpoint, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { User } from '@/payload-types'

import { verifyUnsubscribeToken } from './unsubscribeToken'

export const UNSUBSCRIBE_PATH = '/quality-digest/unsubscribe'

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** A small page, in English then French (the link works without signing in, so without a language). */
function page(status: number, title: string, body: string): Response {
  return new Response(
    `<!doctype html>
<html lang="fr-CA"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body>${body}</body></html>
`,
    {
      status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      },
    },
  )
}

const refused = (reason: 'invalid' | 'expired') =>
  page(
    400,
    'Invalid link / Lien invalide',
    reason === 'expired'
      ? `<h1 lang="en-CA">This unsubscribe link has expired</h1><p lang="en-CA">Turn the monthly data-quality e-mail off in your account instead.</p>
<h1 lang="fr-CA">Ce lien de désabonnement est expiré</h1><p lang="fr-CA">Désactivez plutôt le courriel mensuel de qualité des données dans votre compte.</p>`
      : `<h1 lang="en-CA">This unsubscribe link is not valid</h1><p lang="en-CA">The link was changed or is incomplete. Turn the monthly data-quality e-mail off in your account instead.</p>
<h1 lang="fr-CA">Ce lien de désabonnement n’est pas valide</h1><p lang="fr-CA">Le lien a été modifié ou est incomplet. Désactivez plutôt le courriel mensuel de qualité des données dans votre compte.</p>`,
  )

type Found = { refused: Response } | { user: User; token: string }

async function userOf(req: PayloadRequest): Promise<Found> {
  const token = req.searchParams.get('token')
  const verified = verifyUnsubscribeToken(req.payload.secret, token)
  if ('error' in verified) return { refused: refused(verified.error) }
  const user = await req.payload.findByID({
    collection: collectionSlugs.users,
    id: verified.userId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // the signed token stands for the user
  })
  if (!user) return { refused: refused('invalid') }
  return { user, token: token! }
}

/**
 * `GET /api/quality-digest/unsubscribe?token=`: a page that asks to confirm (mail scanners open
 * links; a GET changes nothing). `POST` (the page's button, or a mail client's one-click
 * unsubscribe, RFC 8058): turns the user's `qualityDigest` off. A tampered or expired token: 400.
 */
export const unsubscribeEndpoints: Endpoint[] = [
  {
    path: UNSUBSCRIBE_PATH,
    method: 'get',
    handler: async (req) => {
      const found = await userOf(req)
      if ('refused' in found) return found.refused
      const action = `${req.payload.config.routes.api}${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(found.token)}`
      return page(
        200,
        'Unsubscribe / Se désabonner',
        `<form method="post" action="${escape(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<h1 lang="en-CA">Stop the monthly data-quality e-mail?</h1>
<p lang="en-CA">${escape(found.user.email)} will no longer receive it. You can turn it back on in your account.</p>
<h1 lang="fr-CA">Ne plus recevoir le courriel mensuel de qualité des données?</h1>
<p lang="fr-CA">${escape(found.user.email)} ne le recevra plus. Vous pourrez le réactiver dans votre compte.</p>
<button type="submit">Unsubscribe / Me désabonner</button>
</form>`,
      )
    },
  },
  {
    path: UNSUBSCRIBE_PATH,
    method: 'post',
    handler: async (req) => {
      const found = await userOf(req)
      if ('refused' in found) return found.refused
      await req.payload.update({
        collection: collectionSlugs.users,
        id: found.user.id,
        data: { qualityDigest: false },
        overrideAccess: true, // the signed token stands for the user
        context: { qualityDigest: true },
      })
      return page(
        200,
        'Unsubscribed / Désabonnement confirmé',
        `<h1 lang="en-CA">You will no longer receive the monthly data-quality e-mail</h1>
<p lang="en-CA">You can turn it back on in your account (“Monthly data-quality e-mail”).</p>
<h1 lang="fr-CA">Vous ne recevrez plus le courriel mensuel de qualité des données</h1>
<p lang="fr-CA">Vous pouvez le réactiver dans votre compte (« Courriel mensuel de qualité des données »).</p>`,
      )
    },
  },
]
