type Titled = {
  name?: unknown
  title?: unknown
  speakerName?: unknown
  email?: unknown
  filename?: unknown
}

/** The name a person would use for a document: its name, title, speaker, email or file name. */
export function documentTitle(doc: Titled): string | undefined {
  const title = doc.name ?? doc.title ?? doc.speakerName ?? doc.email ?? doc.filename
  return typeof title === 'string' ? title : undefined
}
