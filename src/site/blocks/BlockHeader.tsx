import { Heading, type HeadingLevel } from '../components/Heading'
import { headingText } from '../format'

type BlockHeaderProps = {
  heading?: string | null
  intro?: string | null
  level: HeadingLevel
}

/** The heading and introduction most blocks open with; either may be left empty. */
export function BlockHeader({ heading, intro, level }: BlockHeaderProps) {
  return (
    <>
      {heading ? <Heading level={level}>{headingText(heading)}</Heading> : null}
      {intro ? <p className="block-intro">{intro}</p> : null}
    </>
  )
}
