import type { PayloadRequest, Where } from 'payload'

/**
 * The locks on documents the user may update, as a query: whole collections and globals where its
 * update access is `true`, the matching ids where it is a row-level rule. `false` when there are
 * none.
 */
export async function updatableLocks(req: PayloadRequest): Promise<Where | false> {
  const clauses: Where[] = []
  for (const collection of req.payload.config.collections) {
    if (collection.lockDocuments === false) continue
    const access = await collection.access.update({ req, data: {} })
    if (access === true) clauses.push({ 'document.relationTo': { equals: collection.slug } })
    if (typeof access !== 'object') continue
    const { docs } = await req.payload.find({
      collection: collection.slug,
      where: access,
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true, // the access result above is the filter
      req,
    })
    if (docs.length)
      clauses.push({
        and: [
          { 'document.relationTo': { equals: collection.slug } },
          { 'document.value': { in: docs.map((doc) => doc.id) } },
        ],
      })
  }
  for (const global of req.payload.config.globals) {
    if (global.lockDocuments === false) continue
    if ((await global.access.update({ req, data: {} })) === true)
      clauses.push({ globalSlug: { equals: global.slug } })
  }
  return clauses.length ? { or: clauses } : false
}
