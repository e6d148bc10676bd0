import type { CallToActionBlock as CallToActionBlockData } from '@/payload-types'
import { LinkList } from '../components/LinkList'
import { BlockHeader } from './BlockHeader'
import type { BlockProps } from './types'

export function CallToActionBlock({ block, level }: BlockProps<CallToActionBlockData>) {
  return (
    <section className="block block-cta">
      <BlockHeader heading={block.heading} intro={block.text} level={level} />
      {block.links?.length ? <LinkList links={block.links} /> : null}
    </section>
  )
}
