import type { Payload, PayloadRequest } from 'payload'

import { pendingContentVersionMoves } from '@/plugins/contentVersion/afterCommit'
import { currentContentVersion } from '@/plugins/contentVersion/version'
import type { DocumentStore } from './documentStore'

type Id = number | string
/** A page of a Payload list read (`findOperation`'s answer), documents left to the caller. */
type Page<Doc> = { docs: Doc[] }

/** What one list read made of the store: the page, its documents serialized, how many were kept. */
export type ModelledList<Listed> = { page: Listed; json: string[]; stored: number }

/**
 * Who reads: a list answers each reader what its access allows, so documents are kept per reader.
 * A signed-in reader's key holds its role, organization and last change: a new role is a new key.
 */
export function readerKey(user: PayloadRequest['user']): string {
  if (!user) return 'anonymous'
  const { collection, id, updatedAt } = user as {
    collection: string
    id: number
    updatedAt?: string
  }
  const { role, organization } = user as { role?: string; organization?: unknown }
  return JSON.stringify([collection, id, updatedAt, role, organization])
}

/**
 * A list read answered from documents already read (the published read model): the list itself
 * (which documents, in which order, how many) is asked of Payload every time, with the reader's
 * access, for the document ids alone (`listIds`); each document then comes serialized from the
 * store, as this reader last got it at this content version under `keyPrefix`, and only those
 * missing are read in full (`readInFull`). A change of public content moves the version
 * (src/plugins/contentVersion), which empties the store.
 *
 * Undefined when the model cannot answer as one consistent read (a change is being committed, or
 * committed between the two reads): the caller then lets Payload answer.
 */
export async function listThroughModel<Listed extends Page<{ id: Id }>>(options: {
  payload: Payload
  store: DocumentStore
  keyPrefix: string
  listIds: () => Promise<Listed>
  readInFull: (ids: Id[]) => Promise<Page<{ id: Id }>>
}): Promise<ModelledList<Listed> | undefined> {
  const { payload, store, keyPrefix } = options
  // A change is being committed: documents read now and those kept could be from either side of
  // it, so Payload answers, as one read, until the version has moved.
  const settled = () => pendingContentVersionMoves(payload) === 0
  if (!settled()) return undefined
  const version = await currentContentVersion(payload)
  const page = await options.listIds()
  const json = page.docs.map(({ id }) => store.get(version, keyPrefix + id))
  const missing = page.docs.filter((_, index) => json[index] === undefined).map(({ id }) => id)
  if (missing.length > 0) {
    const { docs } = await options.readInFull(missing)
    const read = new Map(docs.map((doc) => [doc.id, JSON.stringify(doc)]))
    const unchanged = (await currentContentVersion(payload)) === version && settled()
    if (!unchanged && json.some((kept) => kept !== undefined)) return undefined
    page.docs.forEach(({ id }, index) => {
      const serialized = read.get(id)
      if (serialized === undefined) return
      json[index] = serialized
      if (unchanged) store.set(version, keyPrefix + id, serialized)
    })
    // A document left the list between the two reads (a change committed): Payload answers.
    if (json.some((kept) => kept === undefined)) return undefined
  }
  return { page, json: json as string[], stored: page.docs.length - missing.length }
}
