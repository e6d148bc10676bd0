/*
 * Payload's REST route handlers (src/app/(payload)/api/[...slug]/route.ts), as generated, with these changes: document writes must carry a JSON
 * object, multipart forms must be readable, a throttled sign-in's 429 carries Retry-After, list reads
 * of content take their documents from the read model, and every answer goes through the response
 * cache.
 */
import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withResponseCache } from '@/server/apiHandlers/cachedAnswer'
import { requireJsonDocument } from '@/server/apiHandlers/jsonDocumentBody'
import { withRetryAfter } from '@/server/apiHandlers/retryAfter'
import { rejectMalformedMultipart } from '@/server/apiHandlers/multipartBody'
import { withReadModel } from '@/server/apiHandlers/readModel/listReads'

export const GET = withResponseCache(config, withReadModel(config, REST_GET(config)))
export const POST = withResponseCache(
  config,
  withRetryAfter(rejectMalformedMultipart(requireJsonDocument(REST_POST(config)))),
)
export const DELETE = withResponseCache(config, REST_DELETE(config))
export const PATCH = withResponseCache(
  config,
  rejectMalformedMultipart(requireJsonDocument(REST_PATCH(config))),
)

export const PUT = withResponseCache(config, REST_PUT(config))
export const OPTIONS = withResponseCache(config, REST_OPTIONS(config))
