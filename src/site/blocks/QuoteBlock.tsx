import type { Quote, QuoteBlock as QuoteBlockData } from '@/payload-types'
import { QuoteFigure } from '../components/QuoteFigure'
import { populated } from '../data/relations'
import type { BlockProps } from './types'

/** The related quote; an unpublished one comes back as a bare id and is left out. */
export function QuoteBlock({ block }: BlockProps<QuoteBlockData>) {
  const quote = populated<Quote>(block.quote)
  if (!quote) return null
  return (
    <div className="block block-quote">
      <QuoteFigure quote={quote} />
    </div>
  )
}
