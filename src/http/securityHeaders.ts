import helmet from 'helmet'

/**
 * Baseline security headers. The admin's content security policy is tuned separately (it needs
 * Next's inline bootstrap scripts); HSTS only makes sense behind HTTPS in production.
 */
export function securityHeaders(isProduction: boolean) {
  return helmet({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    hsts: isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    frameguard: { action: 'sameorigin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  })
}
