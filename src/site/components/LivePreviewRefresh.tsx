'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In the admin's live preview, re-renders the page (which reads the draft on the server) when the
 * editor saves. Only mounted in draft mode.
 */
export function LivePreviewRefresh({ adminOrigin }: { adminOrigin: string }) {
  const router = useRouter()
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== adminOrigin) return
      const type = (event.data as { type?: string } | null)?.type
      if (type !== 'payload-document-event' && type !== 'payload-live-preview') return
      clearTimeout(timer)
      timer = setTimeout(() => router.refresh(), 300)
    }
    window.addEventListener('message', onMessage)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('message', onMessage)
    }
  }, [adminOrigin, router])
  return null
}
