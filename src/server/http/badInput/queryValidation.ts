import type { RequestHandler, Response } from 'express'
import { buildVersionCollectionFields, buildVersionGlobalFields, type Payload } from 'payload'
import * as qs from 'qs-esm'

import { apiRoute, type ApiRoute } from './apiRoute'
import { fileExists, fileRoute } from './fileRoute'
import { checkParams } from './checkParams'
import type { QueryTarget } from './checkWhere'
import { idProblem, idTypeOf } from './idShape'
import { BadParameter, messageFor } from './messages'

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

/** French when the request asks for it (`?locale=fr`, or French first in Accept-Language). */
function wantsFrench(url: URL | undefined, acceptLanguage: string | undefined): boolean {
  const locale = url?.searchParams.get('locale')
  if (locale) return locale.startsWith('fr')
  return /^\s*fr\b/i.test(acceptLanguage ?? '')
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
        return refuse(res, 400, messageFor(error, wantsFrench(url, req.headers['accept-language'])))
      if (error instanceof URIError)
        return refuse(res, 400, 'Invalid path: it is not valid percent-encoding.')
      return next(error)
    }
    next()
  }
}
