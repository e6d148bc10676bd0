import type { PayloadJob } from '@/payload-types'

/** Why a job failed, in words: the message of the error Payload stored (never the stack). */
export function failureReason(job: Pick<PayloadJob, 'error'>): string | undefined {
  const error = job.error
  if (!error || typeof error !== 'object' || Array.isArray(error)) return undefined
  const message = (error as { message?: unknown }).message
  return typeof message === 'string' ? message : undefined
}
