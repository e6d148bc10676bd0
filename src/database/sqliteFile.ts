import path from 'node:path'

/** The file of a `file:` DATABASE_URL, resolved from the working directory as libsql reads it. */
export const sqliteFileOf = (databaseUrl: string): string =>
  path.resolve(databaseUrl.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, ''))
