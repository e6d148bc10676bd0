import type { AmbassadorListBlock as AmbassadorListBlockData } from '@/payload-types'
import { AmbassadorListItem } from '../components/AmbassadorListItem'
import { listAmbassadors } from '../data/ambassadors'
import { BlockHeader } from './BlockHeader'
import type { BlockProps } from './types'

const idOf = (organization: AmbassadorListBlockData['organization']): number | undefined =>
  typeof organization === 'number' ? organization : organization?.id

/** The ambassadors (of one organization, when the block names one), in their editorial order. */
export async function AmbassadorListBlock({
  block,
  locale,
  level,
}: BlockProps<AmbassadorListBlockData>) {
  const ambassadors = await listAmbassadors(locale, idOf(block.organization))
  return (
    <section className="block block-ambassadors">
      <BlockHeader heading={block.heading} intro={block.intro} level={level} />
      {ambassadors.length ? (
        <ul className="ambassador-list">
          {ambassadors.map((ambassador) => (
            <AmbassadorListItem key={ambassador.id} ambassador={ambassador} />
          ))}
        </ul>
      ) : null}
      {block.outro ? <p>{block.outro}</p> : null}
    </section>
  )
}
