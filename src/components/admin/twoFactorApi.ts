/** What the two-factor steps answer (src/plugins/twoFactor); shared by the admin's components. */
export type TwoFactorAnswer = {
  message?: string
  token?: string
  recoveryCodes?: string[]
  secret?: string
  qrCode?: string
  enrolment?: string
  errors?: Array<{
    message?: string
    data?: {
      twoFactorRequired?: boolean
      twoFactorEnrolmentRequired?: boolean
      challenge?: string
      errors?: Array<{ message?: string; path?: string }>
    }
  }>
}

/** POSTs JSON to the API with the session cookie; answers the status and the parsed body. */
export async function postJson(
  url: string,
  body: unknown,
): Promise<{ status: number; body: TwoFactorAnswer }> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    body: (await response.json().catch(() => ({}))) as TwoFactorAnswer,
  }
}

/** The first message of a refusal, a field's own message first. */
export const refusalOf = (body: TwoFactorAnswer): string =>
  body.errors?.[0]?.data?.errors?.[0]?.message ?? body.errors?.[0]?.message ?? body.message ?? ''
