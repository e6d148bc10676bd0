import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type ClusterSecrets = { payloadSecret: string; adminEmail: string; adminPassword: string }

/**
 * One PAYLOAD_SECRET for every instance and the worker (a session made by one is read by the
 * others), and the first admin's password, made on the first start and kept in the cluster's folder
 * (readable by its owner only) so that later starts sign in the same way. PAYLOAD_SECRET,
 * ADMIN_EMAIL and ADMIN_PASSWORD from the environment win.
 */
export function clusterSecrets(
  dir: string,
  env: Readonly<Partial<NodeJS.ProcessEnv>>,
): ClusterSecrets {
  const file = path.join(dir, 'secrets.json')
  const kept: Partial<ClusterSecrets> = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : {}
  const secrets: ClusterSecrets = {
    payloadSecret: env.PAYLOAD_SECRET || kept.payloadSecret || randomBytes(32).toString('hex'),
    adminEmail: env.ADMIN_EMAIL || kept.adminEmail || 'admin@grappes.local',
    adminPassword:
      env.ADMIN_PASSWORD || kept.adminPassword || randomBytes(12).toString('base64url'),
  }
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 })
  return secrets
}
