import { notFound } from 'next/navigation'

/** Deeper unknown addresses get the site's own 404, in the reader's language. */
export default function UnknownPage(): never {
  notFound()
}
