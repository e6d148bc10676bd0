'use client'
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * In the admin's live preview, re-renders the page (which reads the draft on the server) when the
 * editor saves. Payload's component tells the admin the frame is ready and only listens to
 * messages from `serverURL`, the admin's origin. Only mounted in draft mode.
 */
export function LivePreviewListener({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={router.refresh} serverURL={serverURL} />
}
