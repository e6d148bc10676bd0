import {
  addDataAndFileToRequest,
  APIError,
  Forbidden,
  UnauthorizedError,
  type PayloadRequest,
} from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { translate, type MessageKey } from '@/i18n/messages'

import { formats, type Format } from './fileFormats'

export const badRequest = (req: PayloadRequest, key: MessageKey, vars = {}) =>
  new APIError(translate(req, key, vars), 400, undefined, true)

/** Import and export are for people signed in (their role decides the scope), not API clients. */
export function requirePerson(req: PayloadRequest): void {
  if (!req.user) throw new UnauthorizedError(req.t)
  if (req.user.collection !== collectionSlugs.users) {
    throw new Forbidden(req.t)
  }
}

export function localeParam(req: PayloadRequest): 'en' | 'fr' {
  const locale = req.searchParams.get('locale') ?? 'en'
  if (locale !== 'en' && locale !== 'fr') throw badRequest(req, 'importLocale')
  return locale
}

export function formatParam(req: PayloadRequest, fallback: Format): Format {
  const format = req.searchParams.get('format') ?? fallback
  if (!(formats as readonly string[]).includes(format)) throw badRequest(req, 'importFormat')
  return format as Format
}

export const flagParam = (req: PayloadRequest, name: string): boolean =>
  ['true', ''].includes(req.searchParams.get(name) ?? 'false')

/**
 * The file sent: a multipart field `file` (the admin's upload, `curl -F file=@…`), or the request
 * body itself (`curl --data-binary @…`). Its format, unless `?format=` says, comes from its name
 * or content type: JSON when either says so, CSV otherwise.
 */
export async function readUpload(req: PayloadRequest): Promise<{ text: string; format: Format }> {
  const type = req.headers.get('content-type') ?? ''
  let text: string | undefined
  let name = ''
  if (type.startsWith('multipart/')) {
    await addDataAndFileToRequest(req)
    text = req.file?.data.toString('utf8')
    name = req.file?.name ?? ''
  } else text = await req.text?.()
  if (!text) throw badRequest(req, 'importNoFile')
  const json = name.toLowerCase().endsWith('.json') || type.includes('json')
  return { text, format: formatParam(req, json ? 'json' : 'csv') }
}
