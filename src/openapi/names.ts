/** `webhook-deliveries` → `WebhookDeliveries`: the names of component schemas. */
export function pascalCase(slug: string): string {
  return slug
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('')
}

/** The schema of a collection's or global's document, and of its fields alone. */
export const documentSchemaName = (slug: string) => pascalCase(slug)
export const fieldsSchemaName = (slug: string) => `${pascalCase(slug)}Fields`
