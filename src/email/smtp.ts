import type { Config } from 'payload'
import addressparser from 'nodemailer/lib/addressparser'

import type { AppEnv } from '@/env'

/**
 * Payload's e-mail over `SMTP_URL` (nodemailer), loaded only when it is set; without it, Payload
 * writes each e-mail to the log (development and most tests).
 */
export async function smtpEmail(env: AppEnv): Promise<Config['email']> {
  if (!env.smtpUrl) return undefined
  const [{ nodemailerAdapter }, { default: nodemailer }] = await Promise.all([
    import('@payloadcms/email-nodemailer'),
    import('nodemailer'),
  ])
  const [sender] = addressparser(env.emailFrom, { flatten: true })
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name || sender.address,
    transport: nodemailer.createTransport(env.smtpUrl),
    // A start does not wait on the mail server; a failed send fails its job, which retries.
    skipVerify: true,
  })
}
