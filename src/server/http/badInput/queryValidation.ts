import { initI18n } from '@payloadcms/translations'
import type { Request, RequestHandler, Response } from 'express'
import { buildVersionCollectionFields, buildVersionGlobalFields, type Payload } from 'payload'
import * as qs from 'qs-esm'

import { readerLanguage } from '@/i18n/readerLanguage'

import { apiRoute, type ApiRoute } from './apiRoute'
import { fileExists, fileRoute } from './fileRoute'
import { checkParams } from './checkParams'
import type { QueryTarget } from './checkWhere'
import { idProblem, idTypeOf } from './idShape'
import { BadParameter } from './badParameter'

/** Collections Payload keeps for itself: never part of the API, whoever asks. */
const INTERNAL = new Set(['payload-migrations'])

function targetOf(payload: Payload, route: ApiRoute): QueryTarget {
  const base = { payload, idType: payload.db.defaultIDType } as const
  if (route.kind === 'global') {
    const fields = route.versions
      ? buildVersionGlobalFields(payload.config, route.config, true)
      : route.config.flattenedFields
    return { ...base, fields, globalSlug: route.config.slug }
  }
  const fields = route.versions
    ? buildVersionCollectionFields(payload.config, route.config, true)
    : route.config.flattenedFields
  return {
    ...base,
    idType: idTypeOf(payload, route.config),
    fields,
    collectionSlug: route.config.slug,
  }
}

/** The refusal in the reader's language, decided as Payload's own answers decide it. */
async function messageFor(payload: Payload, error: BadParameter, req: Request, url?: URL) {
  // The two headers the language is read from (the admin's language cookie, Accept-Language).
  const headers = new Headers()
  for (const name of ['cookie', 'accept-language']) {
    const value = req.get(name)
    if (value) headers.set(name, value)
  }
  const language = readerLanguage(payload.config, headers, url?.searchParams)
  const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language })
  return error.messageIn(i18n.t as (key: string, vars?: Record<string, unknown>) => string)
}

function refuse(res: Response, status: number, message: string) {
  res.status(status).json({ errors: [{ message }] })
}

function checkRequest(payload: Payload, url: URL, segments: string[]): void {
  const route = apiRoute(payload, segments)
  if (!route) return
  if (route.kind === 'collection' && route.id !== undefined) {
    const problem = idProblem(route.id, idTypeOf(payload, route.config))
    if (problem) throw new BadParameter('id', problem, 'path')
  }
  const query = qs.parse(url.search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
  checkParams(targetOf(payload, route), query)
}

/**
 * Every REST request's path and query are checked here, against the config's field definitions,
 * before Payload hands them to the database adapter: a malformed one is a 400 that names the
 * parameter, where the adapter would have failed with a 500.
 */
export function queryValidation(payload: Payload): RequestHandler {
  const apiPrefix = `${payload.config.routes.api}/`
  return async (req, res, next) => {
    if (!req.path.startsWith(apiPrefix) || req.path.startsWith(`${apiPrefix}graphql`)) return next()
    let url: URL | undefined
    try {
      url = new URL(req.originalUrl, 'http://local')
      const segments = url.pathname
        .split('/')
        .slice(2)
        .map((segment) => decodeURIComponent(segment))
      if (INTERNAL.has(segments[0] ?? '')) return refuse(res, 404, 'Not Found')
      const file = fileRoute(payload, segments)
      if (file) {
        const exists = req.method === 'GET' && (await fileExists(payload, file.slug, file.filename))
        return exists ? next() : refuse(res, 404, 'Not Found')
      }
      checkRequest(payload, url, segments)
    } catch (error) {
      if (error instanceof BadParameter)
        return refuse(res, 400, await messageFor(payload, error, req, url))
      if (error instanceof URIError)
        return refuse(res, 400, 'Invalid path: it is not valid percent-encoding.')
      return next(error)
    }
    next()
  }
}
