import type { Access } from 'payload'

/** For operations no API may perform (e.g. versions of a collection without drafts). */
export const nobody: Access = () => false
