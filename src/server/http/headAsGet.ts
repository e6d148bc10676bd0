import type { RequestHandler } from 'express'

/**
 * A HEAD is computed as the GET of the same URL: same status and headers, cache on or off. Node's
 * response knows the request was a HEAD (it was created before this rewrite) and sends no body.
 */
export const headAsGet: RequestHandler = (req, _res, next) => {
  if (req.method === 'HEAD') req.method = 'GET'
  next()
}
