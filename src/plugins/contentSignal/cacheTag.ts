/**
 * The one tag of every cached site read. Payload's change hooks call `revalidateTag` with it on
 * publish and unpublish, so a published change reaches the site at once.
 */
export const CONTENT_CACHE_TAG = 'content'
