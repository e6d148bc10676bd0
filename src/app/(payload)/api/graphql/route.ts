/*
 * Payload's GraphQL route. The handlers live in src/server/apiHandlers/graphqlRoute.ts, where the
 * Express host also answers with them directly (src/server/http/apiFromHost.ts).
 */
export { GET, OPTIONS, POST } from '@/server/apiHandlers/graphqlRoute'
