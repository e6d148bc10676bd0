import { AmbassadorListBlock } from './AmbassadorList/config'
import { CallToActionBlock } from './CallToAction/config'
import { ClusterGridBlock } from './ClusterGrid/config'
import { FiguresBlock } from './Figures/config'
import { QuoteBlock } from './Quote/config'
import { RichTextBlock } from './RichText/config'
import { StoryListBlock } from './StoryList/config'

/** The blocks a page is built from, in the order editors see them. */
export const pageBlocks = [
  RichTextBlock,
  FiguresBlock,
  QuoteBlock,
  ClusterGridBlock,
  AmbassadorListBlock,
  StoryListBlock,
  CallToActionBlock,
]
