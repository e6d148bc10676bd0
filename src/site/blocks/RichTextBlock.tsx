import { RichTextContent } from '../components/richText/RichTextContent'
import type { RichTextBlock as RichTextBlockData } from '@/payload-types'
import type { BlockProps } from './types'

export function RichTextBlock({ block, locale, level }: BlockProps<RichTextBlockData>) {
  return (
    <div className="block block-rich-text">
      <RichTextContent data={block.content} locale={locale} baseLevel={level} />
    </div>
  )
}
