/** Jest runs the integration tests serially, each file on a fresh database (see tests/helpers). */
const config = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    // The admin's stylesheet, imported by the REST route, means nothing to Node.
    '^@payloadcms/next/css$': '<rootDir>/tests/helpers/emptyModule.ts',
    // Marks the site's data modules as server code for Next; tests run them on the server anyway.
    '^server-only$': '<rootDir>/tests/helpers/emptyModule.ts',
  },
  setupFiles: ['<rootDir>/tests/helpers/env.ts'],
  // The source pages are seeded once per run, for the production servers to start on a copy.
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
  // Redis and database clients of the app may keep a socket open after the last test; the run
  // must still end (CI has no one to press Ctrl-C). Each file closes what it opened.
  forceExit: true,
}

export default config
