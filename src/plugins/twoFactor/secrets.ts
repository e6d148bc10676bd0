import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto'

/**
 * Keys of two-factor sign-in, each derived from PAYLOAD_SECRET for one purpose (HMAC-SHA-256 of
 * the purpose's name): a database dump holds encrypted TOTP secrets and hashed recovery codes,
 * useless without the server's secret.
 */
export const keyFor = (payloadSecret: string, purpose: 'secret' | 'recovery' | 'challenge') =>
  createHmac('sha256', payloadSecret).update(`grappes:two-factor:${purpose}`).digest()

/** A TOTP secret as stored: `v1.<iv>.<tag>.<ciphertext>`, AES-256-GCM, base64url. */
export function encryptSecret(payloadSecret: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(payloadSecret, 'secret'), iv)
  const text = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), text].map((part) => part.toString('base64url')).join('.')
}

/** The TOTP secret, or null when the stored value was not made with this server's secret. */
export function decryptSecret(payloadSecret: string, stored: string): string | null {
  const [version, iv, tag, text] = stored.split('.')
  if (version !== 'v1' || !iv || !tag || !text) return null
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      keyFor(payloadSecret, 'secret'),
      Buffer.from(iv, 'base64url'),
    )
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([
      decipher.update(Buffer.from(text, 'base64url')),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    return null
  }
}

export const RECOVERY_CODE_COUNT = 10
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789' // no 0/o, 1/l/i

/** Ten codes like `k7m2-x9qp-4hcz` (60 bits each): random enough for a keyed hash, no slow KDF. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(12)
    const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length])
    return [0, 4, 8].map((start) => chars.slice(start, start + 4).join('')).join('-')
  })
}

/** What a person types, normalized: case, spaces and dashes do not matter. */
export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '')

export const hashRecoveryCode = (payloadSecret: string, code: string): string =>
  createHmac('sha256', keyFor(payloadSecret, 'recovery'))
    .update(normalizeRecoveryCode(code))
    .digest('base64url')

export const sameHash = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))
