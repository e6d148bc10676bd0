import { createRequire } from 'node:module'
import path from 'node:path'

import { Router } from 'express'

import { servedDocument } from './openapiDocument'

// From the project's root: the host also runs bundled (dist/server.mjs), away from this folder.
const here = path.resolve(process.cwd(), 'src/server/http/apiDocs')
const swaggerUiDir = path.dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
)
/** The files of swagger-ui-dist the page uses; nothing else of the package is served. */
const SWAGGER_ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png'])

const page = (apiRoute: string) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grappes API reference</title>
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${apiRoute}/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-url="${apiRoute}/openapi.json"></div>
<script src="${apiRoute}/docs/assets/swagger-ui-bundle.js"></script>
<script src="${apiRoute}/docs/initializer.js"></script>
</body>
</html>
`

/**
 * The API reference: `/api/openapi.json` (the committed document, naming this server) and the
 * Swagger UI page `/api/docs`, served from node_modules (no CDN). Open to anyone: it describes
 * the public API only. The page's headers are set in securityHeaders.ts (apiDocsHeaders).
 */
export function apiDocsRoutes(apiRoute: string, serverUrl: string): Router {
  const router = Router()
  const document = servedDocument(serverUrl)
  const cached = { maxAge: '1h' }
  router.get(`${apiRoute}/openapi.json`, (req, res) => {
    res.set({ 'Cache-Control': 'public, max-age=300', ETag: document.etag })
    const wanted = (req.get('if-none-match') ?? '').split(',').map((tag) => tag.trim())
    if (wanted.includes(document.etag) || wanted.includes('*')) return void res.status(304).end()
    res.type('application/json').send(document.body)
  })
  router.get([`${apiRoute}/docs`, `${apiRoute}/docs/`], (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(page(apiRoute))
  })
  router.get(`${apiRoute}/docs/initializer.js`, (_req, res) => {
    res.sendFile('initializer.js', { root: here, ...cached })
  })
  router.get(`${apiRoute}/docs/assets/:file`, (req, res, next) => {
    if (!SWAGGER_ASSETS.has(req.params.file)) return next()
    res.sendFile(req.params.file, { root: swaggerUiDir, ...cached })
  })
  return router
}
