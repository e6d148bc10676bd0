/**
 * Writes openapi.json, the OpenAPI 3.1 document of the REST API, from the Payload config
 * (`npm run generate:openapi`; scripts/check-generated.sh checks it is current).
 */
import fs from 'node:fs'
import path from 'node:path'

import configPromise from '@payload-config'

import { buildOpenApiDocument } from '@/openapi/document'
import { serializeDocument } from '@/openapi/serialize'

const root = process.cwd()
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const document = buildOpenApiDocument(await configPromise, version)
fs.writeFileSync(path.join(root, 'openapi.json'), serializeDocument(document))
console.log(
  `openapi.json: ${Object.keys(document.paths).length} paths, ${Object.keys(document.components.schemas).length} schemas`,
)
process.exit(0)
