import type { FiguresBlock as FiguresBlockData } from '@/payload-types'
import { KeyFigureList } from '../components/KeyFigureList'
import { listFigureGroups } from '../data/figures'
import { BlockHeader } from './BlockHeader'
import type { BlockProps } from './types'

/**
 * The figures of the named ecosystem group first, then the block's own. The group's title and
 * introduction stand in when the block has none of its own.
 */
export async function FiguresBlock({ block, locale, level }: BlockProps<FiguresBlockData>) {
  const group = block.ecosystemGroup
    ? (await listFigureGroups(locale)).find((g) => g.key === block.ecosystemGroup)
    : undefined
  const figures = [...(group?.figures ?? []), ...(block.figures ?? [])]
  if (!figures.length && !block.heading) return null
  return (
    <section className="block block-figures">
      <BlockHeader
        heading={block.heading || group?.title}
        intro={block.intro || group?.intro}
        level={level}
      />
      <KeyFigureList figures={figures} locale={locale} />
    </section>
  )
}
