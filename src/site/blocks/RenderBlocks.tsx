import { Fragment } from 'react'

import type { Page } from '@/payload-types'
import type { HeadingLevel } from '../components/Heading'
import type { Locale } from '../i18n'
import { AmbassadorListBlock } from './AmbassadorListBlock'
import { CallToActionBlock } from './CallToActionBlock'
import { ClusterGridBlock } from './ClusterGridBlock'
import { FiguresBlock } from './FiguresBlock'
import { QuoteBlock } from './QuoteBlock'
import { RichTextBlock } from './RichTextBlock'
import { StoryListBlock } from './StoryListBlock'

type Block = Page['layout'][number]

type RenderBlocksProps = { blocks: Block[]; locale: Locale; level?: HeadingLevel }

function renderBlock(block: Block, locale: Locale, level: HeadingLevel) {
  switch (block.blockType) {
    case 'richText':
      return <RichTextBlock block={block} locale={locale} level={level} />
    case 'figures':
      return <FiguresBlock block={block} locale={locale} level={level} />
    case 'quote':
      return <QuoteBlock block={block} locale={locale} level={level} />
    case 'clusterGrid':
      return <ClusterGridBlock block={block} locale={locale} level={level} />
    case 'ambassadorList':
      return <AmbassadorListBlock block={block} locale={locale} level={level} />
    case 'storyList':
      return <StoryListBlock block={block} locale={locale} level={level} />
    case 'callToAction':
      return <CallToActionBlock block={block} locale={locale} level={level} />
  }
}

/** A page's layout, block by block; block headings sit one level below the page title. */
export function RenderBlocks({ blocks, locale, level = 2 }: RenderBlocksProps) {
  return (
    <>
      {blocks.map((block, index) => (
        <Fragment key={block.id ?? index}>{renderBlock(block, locale, level)}</Fragment>
      ))}
    </>
  )
}
