import type { PayloadRequest } from 'payload'

import type { LockTarget } from './lockTarget'

/**
 * Whether the signed-in user may update the locked document, by the target's own update access
 * (a row-level rule is checked against the document itself).
 */
export async function mayUpdateTarget(req: PayloadRequest, target: LockTarget): Promise<boolean> {
  if (!target) return false
  if ('global' in target) {
    const global = req.payload.config.globals.find((g) => g.slug === target.global)
    return Boolean(global && (await global.access.update({ req, data: {} })) === true)
  }
  const collection = req.payload.collections[target.collection]?.config
  if (!collection) return false
  const access = await collection.access.update({ req, id: target.id, data: {} })
  if (typeof access === 'boolean') return access
  const { totalDocs } = await req.payload.count({
    collection: target.collection,
    where: { and: [{ id: { equals: target.id } }, access] },
    overrideAccess: true, // the access result above is the filter
    req,
  })
  return totalDocs === 1
}
