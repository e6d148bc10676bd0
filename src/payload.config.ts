import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import nodemailer from 'nodemailer'
import addressparser from 'nodemailer/lib/addressparser'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Ambassadors } from '../collections/Ambassadors'
import { ApiClients } from '../collections/ApiClients'
import { AuditLog } from '../collections/AuditLog'
import { WebhookDeliveries } from '../collections/WebhookDeliveries'
import { Webhooks } from '../collections/Webhooks'
import { Clusters } from '../collections/Clusters'
import { Companies } from '../collections/Companies'
import { Media } from '../collections/Media'
import { Organizations } from '../collections/Organizations'
import { Pages } from '../collections/Pages'
import { Quotes } from '../collections/Quotes'
import { Stories } from '../collections/Stories'
import { Users } from '../collections/Users'
import { isEditorUser } from './access/isEditor'
import { collectionSlugs } from './constants/slugs'
import { withContentSignal } from './plugins/contentSignal/withContentSignal'
import { deliverWebhookTask } from './plugins/webhooks/deliverWebhook'
import { withWebhooks } from './plugins/webhooks/withWebhooks'
import { databaseAdapter } from './database/adapter'
import { readEnv } from './env'
import { withRelationChecks } from './plugins/relationChecks/relationsExist'
import { EcosystemFigures } from './globals/EcosystemFigures/config'
import { withAuditTrail } from './plugins/auditTrail/auditHooks'
import { keepValidationDetail } from './hooks/keepValidationDetail'
import { grappesTranslations } from './i18n/messages'
import { publishingRule, restrictLocks } from './plugins/publishingRule'
import { review } from './plugins/review'
import { strictWrites } from './plugins/strictWrites'
import { queryCostLimit } from './server/routeWrappers/graphqlCost'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()
const [sender] = addressparser(env.emailFrom, { flatten: true })

export default buildConfig({
  serverURL: env.serverUrl,
  cors: env.allowedOrigins,
  csrf: env.allowedOrigins,
  secret: env.payloadSecret,
  db: databaseAdapter(env),
  editor: lexicalEditor(),
  // Without SMTP_URL, Payload writes each e-mail to the log (development and most tests).
  email: env.smtpUrl
    ? nodemailerAdapter({
        defaultFromAddress: sender.address,
        defaultFromName: sender.name || sender.address,
        transport: nodemailer.createTransport(env.smtpUrl),
        // A start does not wait on the mail server; a failed send fails its job, which retries.
        skipVerify: true,
      })
    : undefined,
  sharp,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Grappes' },
    dateFormat: 'yyyy-MM-dd HH:mm',
    // Scheduled publications are set in Québec time.
    timezones: {
      supportedTimezones: [
        { label: 'Montréal / Toronto (America/Toronto)', value: 'America/Toronto' },
      ],
      defaultTimezone: 'America/Toronto',
    },
  },
  collections: [
    Organizations,
    Clusters,
    Quotes,
    Companies,
    Stories,
    Ambassadors,
    Pages,
    Media,
    Users,
    ApiClients,
    Webhooks,
    WebhookDeliveries,
  ]
    .map(withRelationChecks)
    .map(withAuditTrail)
    .map(withContentSignal)
    .map(withWebhooks)
    .concat(AuditLog),
  globals: [EcosystemFigures],
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'fr', label: 'Français (Canada)', fallbackLocale: 'en' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  i18n: {
    supportedLanguages: { en, fr },
    fallbackLanguage: 'en',
    translations: grappesTranslations,
  },
  hooks: { afterError: [keepValidationDetail] },
  defaultDepth: 1,
  maxDepth: 4,
  upload: {
    limits: { fileSize: env.uploadMaxBytes },
    // Over-limit files arrive truncated and are refused with a 400 naming `file` (see Media hooks).
    abortOnLimit: false,
  },
  graphQL: {
    maxComplexity: 1_000,
    // Depth, aliases, tokens and the shape's cost are checked before Payload (src/server/routeWrappers/graphqlGuard.ts).
    validationRules: (args) => [queryCostLimit(env.graphqlLimits.maxCost)(args)],
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
  },
  jobs: {
    tasks: [deliverWebhookTask(env.webhookRetryDelayMs)],
    // Due jobs (scheduled publications, webhook deliveries, review e-mails) run on this cron in the
    // server (`getPayload({ cron: true })`, see src/server/main.ts) unless JOBS_IN_PROCESS=false,
    // when `npm run worker` runs them. On SQLite one job per tick: the database has one writer,
    // and jobs run side by side only queue for it (they used to fail with `SQLITE_BUSY`).
    autoRun: (payload) => [
      { cron: env.jobsCron, allQueues: true, limit: payload.db.name === 'sqlite' ? 1 : 50 },
    ],
    // Payload starts these crons in every process that serves its API or admin (each request
    // calls getPayload with `cron`); only a process meant to run jobs runs them.
    shouldAutoRun: () => env.jobsInProcess,
    // Only editors schedule (Payload also checks that the scheduler may publish the document).
    access: {
      queue: ({ req }) => isEditorUser(req.user),
      run: ({ req }) => isEditorUser(req.user),
      cancel: ({ req }) => isEditorUser(req.user),
    },
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  plugins: [
    strictWrites,
    publishingRule,
    review({
      collections: [collectionSlugs.clusters, collectionSlugs.quotes, collectionSlugs.companies],
    }),
  ],
  telemetry: false,
}).then(restrictLocks)
