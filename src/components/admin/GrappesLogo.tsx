import { GrappesMark } from './GrappesIcon'

/** The logo of the login page (`admin.components.graphics.Logo`): the mark and the name. */
export function GrappesLogo() {
  return (
    <span
      className="grappes-logo"
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}
    >
      <GrappesMark size={56} />
      <span style={{ fontSize: '2.25rem', fontWeight: 700, color: 'var(--theme-text)' }}>
        Grappes
      </span>
    </span>
  )
}
