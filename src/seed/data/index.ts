import type { SeedContent } from '../types'
import { aeroMontreal, aerospace } from './clusters/aerospace'
import { aluminium, aluQuebec } from './clusters/aluminium'
import { artificialIntelligence, mila } from './clusters/artificial-intelligence'
import { actionMtl, audiovisual } from './clusters/audiovisual'
import { cleantech, ecotechQuebec } from './clusters/cleantech'
import { fashion, mmode } from './clusters/fashion'
import { finance, financeMontreal } from './clusters/finance'
import { ict, technoMontreal } from './clusters/ict'
import { lifeSciences, montrealInVivo } from './clusters/life-sciences'
import { cargoM, logisticsTransportation } from './clusters/logistics'
import { pages } from './pages'
import { sherbrookeInnopole, sherbrookeSectors } from './sherbrooke'
import {
  bettezQuote,
  ecosystemFigureGroups,
  montrealInternational,
  technopolys,
  technopolysAmbassadors,
} from './technopolys'

/** Everything the three source pages hold, in the order it is imported. */
export const sourceContent: SeedContent = {
  organizations: [
    aeroMontreal,
    aluQuebec,
    mila,
    actionMtl,
    mmode,
    financeMontreal,
    cargoM,
    montrealInVivo,
    technoMontreal,
    ecotechQuebec,
    sherbrookeInnopole,
    montrealInternational,
    technopolys,
  ],
  clusters: [
    aerospace,
    aluminium,
    artificialIntelligence,
    audiovisual,
    fashion,
    finance,
    logisticsTransportation,
    lifeSciences,
    ict,
    cleantech,
    ...sherbrookeSectors,
  ],
  quotes: [bettezQuote],
  ambassadors: technopolysAmbassadors,
  figureGroups: ecosystemFigureGroups,
  pages,
}
