import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
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
import { withContentSignal } from './plugins/contentSignal/withContentSignal'
import { deliverWebhookTask } from './plugins/webhooks/deliverWebhook'
import { withWebhooks } from './plugins/webhooks/withWebhooks'
import { databaseAdapter } from './database/adapter'
import { emailAdapter } from './email/adapter'
import { readEnv } from './env'
import { withRelationChecks } from './plugins/relationChecks/relationsExist'
import { EcosystemFigures } from './globals/EcosystemFigures/config'
import { withAuditTrail } from './plugins/auditTrail/auditHooks'
import { keepValidationDetail } from './hooks/keepValidationDetail'
import { grappesTranslations } from './i18n/messages'
import { publishingRule, restrictLocks } from './plugins/publishingRule'
import { strictWrites } from './plugins/strictWrites'
import { mediaStorage } from './plugins/mediaStorage'
import { queryCostLimit } from './server/routeWrappers/graphqlCost'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

export default buildConfig({
  serverURL: env.serverUrl,
  cors: env.allowedOrigins,
  csrf: env.allowedOrigins,
  secret: env.payloadSecret,
  db: databaseAdapter(env),
  editor: lexicalEditor(),
  email: emailAdapter(env),
  sharp,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Grappes' },
    components: { beforeDashboard: ['@/components/admin/ReviewQueue#ReviewQueue'] },
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
    // Only for the translations of its admin components: the fields are placed by src/fields/seo.ts.
    seoPlugin({}),
    mediaStorage(env.storage),
  ],
  telemetry: false,
}).then(restrictLocks)
