import type { SanitizedConfig } from 'payload'

import { hostConfig } from './hostConfig'

/**
 * The config as Next's server bundle sees it (`@payload-config`, aliased in next.config.ts): the
 * one the Express host has already built (src/hostConfig.ts), so that a process evaluates and
 * sanitizes its config once and Next's API, admin and site share it; without a host
 * (`next build`), the bundle's own.
 */
const config: Promise<SanitizedConfig> =
  hostConfig() ?? import('./payload.config').then((module) => module.default)

export default config
