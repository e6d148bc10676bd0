import { generateSecret, generateURI, verify } from 'otplib'

/** The name authenticator apps show above the code. */
const ISSUER = 'Grappes'

export const newTotpSecret = (): string => generateSecret()

/** The `otpauth://` address of an enrolment and its QR code, an SVG data URL made here (no CDN). */
export async function enrolmentPicture(secret: string, email: string) {
  const otpauthUrl = generateURI({ issuer: ISSUER, label: email, secret })
  const { default: QRCode } = await import('qrcode')
  const svg = await QRCode.toString(otpauthUrl, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  })
  return { otpauthUrl, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` }
}

/**
 * The time step of a valid code, or null. One step of clock drift is accepted either way; a step
 * at or before `afterTimeStep` (the last one used) is refused, so a code works once.
 */
export async function totpStep(
  secret: string,
  code: string,
  afterTimeStep: number | null | undefined,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null
  try {
    const result = await verify({
      secret,
      token: code,
      epochTolerance: 30,
      ...(typeof afterTimeStep === 'number' ? { afterTimeStep } : {}),
    })
    return result.valid && 'timeStep' in result ? result.timeStep : null
  } catch {
    return null
  }
}
