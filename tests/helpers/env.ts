// Runs before each test file: a test never reads the developer's .env or database.
process.env.PAYLOAD_SECRET = 'test-secret-that-is-long-enough-for-production-checks'
process.env.SEED_ON_START = 'false'
process.env.PAYLOAD_DISABLE_ADMIN = 'true'
// Until startPayload() picks a fresh database, any use of the config fails loudly.
process.env.DATABASE_URL = 'test-database-not-started-yet:'
// Every in-process REST call starts Payload's job crons (its request setup calls getPayload with
// `cron`): tests run due jobs themselves (tests/helpers/jobs.ts), when they choose.
process.env.JOBS_IN_PROCESS = 'false'
// Two-factor sign-in is required of admins and communications by default; the tests that are not
// about it sign in with a password alone. tests/int/twoFactor*.test.ts set the roles they test.
process.env.TWO_FACTOR_REQUIRED_ROLES = ''
