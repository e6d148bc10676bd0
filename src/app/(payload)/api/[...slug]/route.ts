/*
 * Payload's REST route. The handlers live in src/server/apiHandlers/restRoute.ts, where the
 * Express host also answers reads with them directly (src/server/http/apiFromHost.ts).
 */
import '@payloadcms/next/css'

export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from '@/server/apiHandlers/restRoute'
