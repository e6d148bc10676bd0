import type { Field, FieldAccess } from 'payload'

/** A field whose value differs by locale, found where a reader sees it (not inside rows). */
export type LocalizedField = {
  /** Dotted data path, e.g. `seo.title`. */
  path: string
  label: Record<string, string> | string
  required: boolean
  /** Text a reader reads (text, textarea, rich text): what "French incomplete" counts. */
  readerText: boolean
}

const readerTextTypes = new Set(['text', 'textarea', 'richText'])

const isPublic = (access: { read?: FieldAccess } | undefined) => !access?.read

/**
 * The localized fields of a collection or global, walked through rows, collapsibles, tabs and
 * groups. Arrays and blocks are left out: their rows are not localized as a whole, so each row
 * would need its own check.
 */
export function localizedFields(fields: Field[], prefix = '', inherited = false): LocalizedField[] {
  const found: LocalizedField[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      found.push(...localizedFields(field.fields, prefix, inherited))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          found.push(
            ...localizedFields(tab.fields, `${prefix}${tab.name}.`, inherited || !!tab.localized),
          )
        } else {
          found.push(...localizedFields(tab.fields, prefix, inherited))
        }
      }
    } else if (field.type === 'group') {
      const named = 'name' in field && field.name
      found.push(
        ...localizedFields(
          field.fields,
          named ? `${prefix}${field.name}.` : prefix,
          inherited || !!field.localized,
        ),
      )
    } else if ('name' in field && field.type !== 'array' && field.type !== 'blocks') {
      if (field.type === 'ui' || field.type === 'join' || !(inherited || field.localized)) continue
      const label = 'label' in field ? field.label : undefined
      found.push({
        path: `${prefix}${field.name}`,
        label:
          typeof label === 'string' || (typeof label === 'object' && label) ? label : field.name,
        required: 'required' in field && !!field.required,
        readerText:
          readerTextTypes.has(field.type) &&
          isPublic(field.access) &&
          !field.admin?.hidden &&
          !('hidden' in field && field.hidden),
      })
    }
  }
  return found
}

type FieldList = { fields?: Field[]; tabs?: { fields: Field[] }[]; blocks?: { fields: Field[] }[] }

/** Whether any field, at any depth (rows of arrays and blocks included), is localized. */
export function hasLocalizedField(fields: Field[]): boolean {
  return fields.some((field) => {
    if ('localized' in field && field.localized) return true
    const { fields: children, tabs, blocks } = field as FieldList
    return [
      children,
      ...(tabs ?? []).map((tab) => tab.fields),
      ...(blocks ?? []).map((b) => b.fields),
    ]
      .filter((list): list is Field[] => Array.isArray(list))
      .some(hasLocalizedField)
  })
}
