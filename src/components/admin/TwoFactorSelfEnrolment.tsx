'use client'
import { useRouter } from 'next/navigation'

import { TwoFactorEnrolment } from './TwoFactorEnrolment'

/** The signed-in user's enrolment; once done, the view shows the factor as on. */
export function TwoFactorSelfEnrolment() {
  const router = useRouter()
  return <TwoFactorEnrolment onDone={() => router.refresh()} />
}
