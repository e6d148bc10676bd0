import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Ambassadors } from '../collections/Ambassadors'
import { ApiClients } from '../collections/ApiClients'
import { Clusters } from '../collections/Clusters'
import { Companies } from '../collections/Companies'
import { Media } from '../collections/Media'
import { Organizations } from '../collections/Organizations'
import { Pages } from '../collections/Pages'
import { Quotes } from '../collections/Quotes'
import { Stories } from '../collections/Stories'
import { Users } from '../collections/Users'
import { isEditorUser } from './access/isEditor'
import { collectionSlugs, contentCollections, figureHistoryCollections } from './constants/slugs'
import { contentVersion } from './plugins/contentVersion'
import { signedInUsers } from './plugins/signedInUsers'
import { auditTrail } from './plugins/auditTrail'
import { signInThrottle } from './plugins/signInThrottle'
import { bulkImport } from './plugins/bulkImport'
import { joinsOff } from './plugins/joinsOff'
import { relationChecks } from './plugins/relationChecks'
import { twoFactor } from './plugins/twoFactor'
import { webhooks } from './plugins/webhooks'
import { databaseAdapter } from './database/adapter'
import { keyValueStore } from './database/kv'
import { smtpEmail } from './email/smtp'
import { readEnv } from './env'
import { EcosystemFigures } from './globals/EcosystemFigures'
import { keepValidationDetail } from './hooks/keepValidationDetail'
import { grappesTranslations } from './i18n/messages'
import { publishingRule, restrictLocks } from './plugins/publishingRule'
import { releases } from './plugins/releases'
import { review } from './plugins/review'
import { figureHistory } from './plugins/figureHistory'
import { strictWrites } from './plugins/strictWrites'
import { responseCacheSlot } from './plugins/responseCache'
import { readModel } from './plugins/readModel'
import { queryCostLimit } from './server/apiHandlers/graphqlCost'
import { mediaStorage } from './plugins/mediaStorage'
import { fallbackLocaleRequired } from './plugins/fallbackLocaleRequired'
import { schedules } from './plugins/schedules'
import { staleJobs } from './plugins/staleJobs'
import { mcp } from './plugins/mcp'
import { openIdConnect } from './plugins/openIdConnect'
import { fullTextSearch } from './plugins/fullTextSearch'
import { dataQuality } from './plugins/dataQuality'
import { qualityDigest } from './plugins/qualityDigest'
import { redirectsOptions, slugRedirects } from './plugins/slugRedirects'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// The one read of the environment (see src/env.ts); collections and hooks get settings from here.
const env = readEnv()

export default buildConfig({
  serverURL: env.serverUrl,
  cors: [...env.allowedOrigins],
  csrf: [...env.allowedOrigins],
  secret: env.payloadSecret,
  custom: { env },
  db: await databaseAdapter(env),
  kv: await keyValueStore(env),
  editor: lexicalEditor(),
  email: await smtpEmail(env),
  sharp,
  admin: {
    user: collectionSlugs.users,
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ' · Grappes',
      // Payload's own icons otherwise; ours are served from public/ (the public site uses them too).
      icons: [
        { rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' },
        { rel: 'icon', type: 'image/x-icon', url: '/favicon.ico', sizes: '32x32' },
      ],
    },
    // Payload's own avatar icon: Gravatar would load an image from another origin, which the CSP refuses.
    avatar: 'default',
    components: {
      graphics: {
        Logo: '@/components/admin/GrappesLogo#GrappesLogo',
        Icon: '@/components/admin/GrappesIcon#GrappesIcon',
      },
      // Admins invite people by e-mail (collections/Users/endpoints/invite.ts).
      views: { invite: { Component: '@/components/admin/InviteView#InviteView', path: '/invite' } },
    },
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
    Media({ staticDir: env.mediaDir, maxPixels: env.uploadMaxPixels }),
    Users({ secureCookies: env.isProduction }),
    ApiClients,
  ],
  globals: [EcosystemFigures],
  localization: {
    locales: [
      { code: 'en', label: { en: 'English', fr: 'Anglais' } },
      {
        code: 'fr',
        label: { en: 'French (Canada)', fr: 'Français (Canada)' },
        fallbackLocale: 'en',
      },
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
    // Depth, aliases, tokens and the shape's cost are checked before Payload (src/server/apiHandlers/graphqlGuard.ts).
    validationRules: (args) => [queryCostLimit(env.graphqlLimits.maxCost)(args)],
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
  },
  jobs: {
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
  // In order: relation checks see only the content (the system fills its own collections'
  // relations); webhooks add their collections before the audit trail, which audits them too.
  plugins: [
    // First, so that relation checks, the audit trail and strict writes cover releases too.
    releases,
    relationChecks(),
    joinsOff,
    webhooks({ retryDelayMs: env.webhookRetryDelayMs }),
    // The redirects table, then what writes it and answers it (renamed slugs), both audited.
    redirectsPlugin(redirectsOptions),
    slugRedirects(),
    auditTrail(),
    // Second factor on sign-in (TOTP); its enrolment and reset are audited as changes of users.
    twoFactor,
    // Progressive delays on failed sign-ins instead of a lockout anyone could trigger.
    signInThrottle({ secureCookies: env.isProduction }),
    contentVersion(),
    // The signed-in user's lookup, kept until the next write to users (sign-in, sign-out, role).
    signedInUsers({ collection: collectionSlugs.users, sharedVersion: Boolean(env.redisUrl) }),
    strictWrites,
    publishingRule,
    review({
      collections: [collectionSlugs.clusters, collectionSlugs.quotes, collectionSlugs.companies],
    }),
    // Figures over time: each publish keeps the figures' earlier values (GET /api/clusters/:id/figures/history).
    figureHistory({ collections: figureHistoryCollections }),
    fallbackLocaleRequired({ fallback: 'en', translated: 'fr' }),
    // Only for the translations of its admin components: the fields are placed by src/fields/seo.ts.
    seoPlugin({}),
    mediaStorage(env.storage),
    responseCacheSlot,
    // List reads of content, over REST and GraphQL, from documents kept per reader and version.
    readModel({ maxBytes: env.readModel.maxBytes, collections: contentCollections }),
    schedules(),
    staleJobs({ staleAfterMs: env.jobsStaleAfterMs }),
    bulkImport,
    fullTextSearch(),
    // The data-quality desk: rules over every document, their API and sidebar, the link checker.
    dataQuality({
      staleFigureYears: env.dataQuality.staleFigureYears,
      linkCheck: {
        cron: env.dataQuality.linkCheckCron,
        timeoutMs: env.dataQuality.linkCheckTimeoutMs,
        delayMs: env.dataQuality.linkCheckDelayMs,
      },
    }),
    // The monthly e-mail to each secretariat with its organization's issues (QUALITY_DIGEST_CRON).
    qualityDigest({
      staleFigureYears: env.dataQuality.staleFigureYears,
      cron: env.dataQuality.digestCron,
    }),
    // Single sign-on (OIDC_*): a field, the endpoints under /api/users/oidc and the login button.
    openIdConnect,
    // Last: it exposes the collections as the plugins above have shaped them.
    mcp(),
  ],
  telemetry: false,
  onInit: () => {
    // Here rather than in readEnv: once per process, however many module worlds load the config.
    if (env.generatedSecret && !env.isBuild)
      console.warn(
        '[grappes] PAYLOAD_SECRET is not set: using a random development secret (sessions end on restart).',
      )
  },
}).then(restrictLocks)
