import type { EmailAdapter } from 'payload'
import nodemailer from 'nodemailer'

import type { AppEnv } from '@/env'

/** "Grappes <no-reply@grappes.local>" → { name, address } */
function parseFrom(from: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1] || match[2], address: match[2] } : { name: from, address: from }
}

/**
 * Sends mail through SMTP when SMTP_URL is set (smtp://user:pass@host:587). Without it Payload
 * writes each email to the log instead, which is what development and tests use.
 */
export function emailAdapter(env: AppEnv): EmailAdapter | undefined {
  if (!env.smtpUrl) return undefined
  const from = parseFrom(env.emailFrom)
  const transport = nodemailer.createTransport(env.smtpUrl)
  return () => ({
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) =>
      transport.sendMail({ from: `${from.name} <${from.address}>`, ...message }),
  })
}
