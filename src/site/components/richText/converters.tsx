import type { DefaultNodeTypes, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, LinkJSXConverter } from '@payloadcms/richtext-lexical/react'

import type { Locale } from '../../i18n'
import { localePath, paths } from '../../paths'
import { Heading } from '../Heading'
import { shiftedLevel } from './headingShift'

/** Internal links point to the site's own pages in the reader's language. */
function internalHref(locale: Locale, { fields }: SerializedLinkNode): string {
  const doc = fields.doc
  const slug = doc && typeof doc.value === 'object' ? doc.value.slug : undefined
  if (!doc || typeof slug !== 'string') return localePath(locale)
  if (doc.relationTo === 'clusters') return localePath(locale, paths.cluster(slug))
  if (doc.relationTo === 'stories') return localePath(locale, paths.story(slug))
  if (doc.relationTo === 'pages') return localePath(locale, paths.page(slug))
  return localePath(locale)
}

export const siteConverters =
  (locale: Locale, headingOffset: number): JSXConvertersFunction<DefaultNodeTypes> =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref: ({ linkNode }) => internalHref(locale, linkNode) }),
    heading: ({ node, nodesToJSX }) => (
      <Heading level={shiftedLevel(node.tag, headingOffset)}>
        {nodesToJSX({ nodes: node.children })}
      </Heading>
    ),
  })
