/**
 * A relationship comes back as a document when it was populated and readable, or as a bare id
 * when it was not (unpublished, or beyond the depth). The site shows only what it can read.
 */
export const populated = <T extends { id: number | string }>(
  value: number | string | T | null | undefined,
): T | undefined => (value !== null && typeof value === 'object' ? value : undefined)

export const populatedAll = <T extends { id: number | string }>(
  values: ReadonlyArray<number | string | T> | null | undefined,
): T[] => (values ?? []).flatMap((value) => populated(value) ?? [])

/** The readable documents of a join field. */
export const joinedDocs = <T extends { id: number | string }>(
  join: { docs?: (number | T)[] } | null | undefined,
): T[] => populatedAll(join?.docs)
