/** The Grappes mark: a cluster of grapes, drawn here so that the admin loads nothing from elsewhere. */
export function GrappesMark({ size }: { size: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 32 32"
      role="img"
      aria-label="Grappes"
      xmlns="http://www.w3.org/2000/svg"
    >
      <path d="M16 2c0 3 1.5 4.5 4 5" stroke="#3f7d3a" strokeWidth="2" fill="none" />
      <g fill="#6b3fa0">
        <circle cx="10" cy="11" r="4" />
        <circle cx="18" cy="11" r="4" />
        <circle cx="14" cy="17" r="4" />
        <circle cx="22" cy="17" r="4" />
        <circle cx="10" cy="21" r="3.5" opacity="0.9" />
        <circle cx="18" cy="23" r="4" />
        <circle cx="14" cy="28" r="3.5" />
      </g>
    </svg>
  )
}

/** The icon of the admin's navigation (`admin.components.graphics.Icon`). */
export function GrappesIcon() {
  return <GrappesMark size={28} />
}
