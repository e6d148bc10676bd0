import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Compression belongs to the proxy in front; the response cache stores identity bodies.
  compress: false,
  // Loaded from node_modules, not bundled: the Express host (dist/server.mjs) has already loaded
  // them, so Next's server chunks share those modules instead of holding a second copy of Payload.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/graphql',
    '@payloadcms/kv-redis',
    '@payloadcms/email-nodemailer',
    '@payloadcms/plugin-mcp',
  ],
  turbopack: {
    root: path.resolve(dirname),
    // Next's server code takes the config the host has built (see src/sharedPayloadConfig.ts).
    resolveAlias: { '@payload-config': './src/sharedPayloadConfig.ts' },
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
