import type { SanitizedConfig } from 'payload'

const HOST_CONFIG = Symbol.for('grappes.hostConfig')

type WithHostConfig = typeof globalThis & { [HOST_CONFIG]?: Promise<SanitizedConfig> }

/**
 * The config the Express host has built, handed to Next's server code in the same process (see
 * src/sharedPayloadConfig.ts). Kept apart from that module so that importing this one never
 * evaluates the config: the host imports it only once `.env` is loaded.
 */
export function shareConfigWithNext(config: Promise<SanitizedConfig>): void {
  ;(globalThis as WithHostConfig)[HOST_CONFIG] = config
}

export const hostConfig = (): Promise<SanitizedConfig> | undefined =>
  (globalThis as WithHostConfig)[HOST_CONFIG]
