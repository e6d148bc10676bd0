import type { SeedCluster, SeedOrganization } from '../../types'

const cem = {
  en: 'Diagnostic des besoins en main-d’œuvre et adéquation formation emploi – Secteur de la mode, CEM document',
  fr: 'Diagnostic des besoins en main-d’œuvre et adéquation formation emploi – Secteur de la mode, document du CEM',
}

const taskForce = {
  en: 'Rapport du groupe de travail mode et vêtement',
  fr: 'Rapport du groupe de travail mode et vêtement',
}

export const mmode: SeedOrganization = {
  slug: 'mmode',
  name: { en: 'mmode', fr: 'mmode' },
  kind: 'secretariat',
  region: 'greater_montreal',
  website: 'https://mmode.ca',
  description: {
    en: 'mmode is Montréal’s metropolitan fashion cluster. Its mandate is to stimulate the growth and competitiveness of the fashion industry by acting as the main platform for exchanges and collaboration in Québec.',
    fr: 'mmode est la grappe métropolitaine de la mode de Montréal. Elle a pour mandat de stimuler la croissance et la compétitivité de l’industrie de la mode en agissant comme principale plateforme d’échanges et de collaboration au Québec.',
  },
}

export const fashion: SeedCluster = {
  slug: 'fashion',
  name: { en: 'Fashion', fr: 'Mode' },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: mmode.slug,
  summary: {
    en: 'Montréal’s fashion industry has reinvented itself through innovation, design and the know-how of its workforce. Québec’s fashion sector counts 82,540 jobs, 58% of them in Greater Montréal.',
    fr: 'L’industrie montréalaise de la mode s’est réinventée grâce à l’innovation, au design et au savoir-faire de sa main-d’œuvre. Le secteur québécois de la mode compte 82 540 emplois, dont 58 % dans le Grand Montréal.',
  },
  body: [
    {
      p: {
        en: 'The fashion industry has a rich history in Montréal’s metropolitan region and throughout Québec, and it generates significant economic activity and employment.',
        fr: 'L’industrie de la mode a une riche histoire dans la région métropolitaine de Montréal et partout au Québec, et elle génère une activité économique et des emplois importants.',
      },
    },
    {
      p: {
        en: 'Though the industry has been deeply affected by globalization, it has been able to reinvent itself through new business models and the inclusion of more and more world-class players. It sets itself apart via innovation, inventiveness, design and the know-how of its workforce.',
        fr: 'Bien qu’elle ait été durement touchée par la mondialisation, l’industrie a su se réinventer grâce à de nouveaux modèles d’affaires et à l’arrivée d’un nombre croissant d’acteurs de calibre mondial. Elle se démarque par l’innovation, l’inventivité, le design et le savoir-faire de sa main-d’œuvre.',
      },
    },
    {
      p: {
        en: 'In short, this is an industry whose success, renewal and future rely on innovation, creativity, collaboration and the ability to quickly embrace progress and change.',
        fr: 'Bref, c’est une industrie dont le succès, le renouvellement et l’avenir reposent sur l’innovation, la créativité, la collaboration et la capacité d’adopter rapidement le progrès et le changement.',
      },
    },
  ],
  figures: [
    {
      label: {
        en: 'Jobs in Québec’s fashion sector (including retail)',
        fr: 'Emplois dans le secteur de la mode au Québec (commerce de détail compris)',
      },
      value: 82540,
      unit: 'jobs',
      display: {
        en: '82,540 jobs in Québec’s fashion sector',
        fr: '82 540 emplois dans le secteur de la mode au Québec',
      },
      source: cem,
      year: 2017,
    },
    {
      label: {
        en: 'Share of Québec fashion jobs in Greater Montréal',
        fr: 'Part des emplois québécois de la mode situés dans le Grand Montréal',
      },
      value: 58,
      unit: 'percent',
      display: {
        en: 'Of which 58% are in the Greater Montréal area',
        fr: 'Dont 58 % dans la région du Grand Montréal',
      },
      source: cem,
      year: 2017,
    },
    {
      label: {
        en: 'Total sales of manufactured goods and wholesale distribution in Québec',
        fr: 'Ventes totales de biens manufacturés et de distribution en gros au Québec',
      },
      value: 8e9,
      unit: 'cad',
      display: {
        en: '$8 billion total sales for manufactured goods, and wholesale distribution in Québec, excluding retail sales',
        fr: '8 milliards de dollars de ventes totales de biens manufacturés et de distribution en gros au Québec, hors commerce de détail',
      },
      source: taskForce,
      year: 2013,
    },
    {
      label: { en: 'Fashion establishments in Québec', fr: 'Établissements de la mode au Québec' },
      value: 1846,
      unit: 'establishments',
      display: {
        en: '1,846 establishments in the fashion sector across Québec',
        fr: '1 846 établissements du secteur de la mode au Québec',
      },
      source: taskForce,
      year: 2013,
    },
    {
      label: {
        en: 'Québec’s share of Canadian fashion production',
        fr: 'Part du Québec dans la production canadienne de la mode',
      },
      value: 48,
      unit: 'percent',
      display: { en: '48% Canadian production', fr: '48 % de la production canadienne' },
      source: taskForce,
      year: 2013,
    },
    {
      label: {
        en: 'Montréal’s North American rank in clothing manufacturing',
        fr: 'Rang de Montréal en Amérique du Nord pour la fabrication de vêtements',
      },
      value: 3,
      unit: 'rank',
      display: {
        en: 'Montréal ranks 3rd in clothing manufacturing in North America after New York and Los Angeles',
        fr: 'Montréal se classe au 3e rang de la fabrication de vêtements en Amérique du Nord, après New York et Los Angeles',
      },
      source: taskForce,
      year: 2013,
    },
  ],
  highlights: [
    {
      en: 'Nearly half of Canada’s manufacturing jobs in the fashion industry are in Québec',
      fr: 'Près de la moitié des emplois manufacturiers de l’industrie canadienne de la mode se trouvent au Québec',
    },
  ],
  sources: [
    { text: cem, year: 2017 },
    { text: taskForce, year: 2013 },
  ],
  quote: {
    text: {
      en: 'The metropolitan fashion cluster mmode’s mandate is to stimulate the growth of Montréal’s fashion industry and improve its competitiveness, by acting as the main platform for exchanges and collaboration in Québec.',
      fr: 'La grappe métropolitaine de la mode mmode a pour mandat de stimuler la croissance de l’industrie montréalaise de la mode et d’en améliorer la compétitivité, en agissant comme principale plateforme d’échanges et de collaboration au Québec.',
    },
    speakerName: 'Debbie Zakaib',
    speakerTitle: { en: 'Executive Director, mmode', fr: 'Directrice générale, mmode' },
  },
}
