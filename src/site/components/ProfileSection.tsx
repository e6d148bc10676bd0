import { type ReactNode, useId } from 'react'

import { Heading, type HeadingLevel } from './Heading'

type ProfileSectionProps = {
  heading: string
  level: HeadingLevel
  className?: string
  children: ReactNode
}

/** A titled part of a profile; the heading names the region for assistive technologies. */
export function ProfileSection({ heading, level, className, children }: ProfileSectionProps) {
  const id = useId()
  return (
    <section className={className ?? 'profile-section'} aria-labelledby={id}>
      <Heading level={level} id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  )
}
