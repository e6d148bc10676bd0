import type { SanitizedConfig } from 'payload'

const HOST_CONFIG = Symbol.for('grappes.hostConfig')

type WithHostConfig = typeof globalThis & { [HOST_CONFIG]?: Promise<SanitizedConfig> }

/** Called by the Express host once it has imported the config (src/server/bootstrap.ts). */
export function shareConfigWithNext(config: Promise<SanitizedConfig>): void {
  ;(globalThis as WithHostConfig)[HOST_CONFIG] = config
}

/**
 * The config as Next's server bundle sees it (`@payload-config`, aliased in next.config.ts): the
 * one the Express host has already built, so that a process evaluates and sanitizes its config once
 * and Next's API, admin and site share it; without a host (`next build`), the bundle's own.
 */
const config: Promise<SanitizedConfig> =
  (globalThis as WithHostConfig)[HOST_CONFIG] ??
  import('./payload.config').then((module) => module.default)

export default config
