import type { PayloadRequest } from 'payload'

import { startLoginSession, storedUserForLogin } from '../../../collections/Users/loginSession'

/**
 * The Grappes session of a person the provider signed in, made as Payload's login makes it
 * (collections/Users/loginSession.ts). Payload's beforeLogin hooks do not run: they check a
 * password sign-in, and the provider did the checking.
 */
export async function startSession(
  req: PayloadRequest,
  id: number,
): Promise<{ token: string; cookie: string }> {
  const user = await storedUserForLogin(req, id)
  user._strategy = 'oidc'
  const { token, cookie } = await startLoginSession(req, user)
  return { token, cookie }
}
