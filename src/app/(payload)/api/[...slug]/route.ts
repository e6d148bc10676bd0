/*
 * Payload's REST route, as generated, with two changes: document writes must carry a JSON object,
 * and multipart forms must be readable.
 */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { requireJsonDocument } from '@/server/apiHandlers/jsonDocumentBody'
import { rejectMalformedMultipart } from '@/server/apiHandlers/multipartBody'

export const GET = REST_GET(config)
export const POST = rejectMalformedMultipart(requireJsonDocument(REST_POST(config)))
export const DELETE = REST_DELETE(config)
export const PATCH = rejectMalformedMultipart(requireJsonDocument(REST_PATCH(config)))

export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
