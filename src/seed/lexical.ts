import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Locale } from './localize'
import type { SeedRichText } from './types'

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

/** Turns seed rich text into the Lexical JSON that Payload stores, in one locale. */
export function toLexical(content: SeedRichText, locale: Locale): SerializedEditorState {
  const children = content.map((block) => {
    if ('h3' in block)
      return { ...base, type: 'heading', tag: 'h3', children: [text(block.h3[locale])] }
    if ('p' in block)
      return {
        ...base,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [text(block.p[locale])],
      }
    return {
      ...base,
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      children: block.ul.map((item, index) => ({
        ...base,
        type: 'listitem',
        value: index + 1,
        children: [text(item[locale])],
      })),
    }
  })
  return { root: { ...base, type: 'root', children } } as SerializedEditorState
}
