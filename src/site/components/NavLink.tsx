'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

type NavLinkProps = { href: string; children: ReactNode; exact?: boolean }

/** A header link that tells assistive technologies which section the reader is in. */
export function NavLink({ href, children, exact = false }: NavLinkProps) {
  const pathname = usePathname()
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`))
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  )
}
