import type { SeedCluster, SeedOrganization } from '../../types'

export const financeMontreal: SeedOrganization = {
  slug: 'finance-montreal',
  name: { en: 'Finance Montréal', fr: 'Finance Montréal' },
  kind: 'secretariat',
  region: 'greater_montreal',
  website: 'https://www.finance-montreal.com',
  description: {
    en: 'Finance Montréal is the secretariat of Greater Montréal’s financial services cluster. Active since 2011, it promotes the region’s assets to organizations in the financial sector.',
    fr: 'Finance Montréal est le secrétariat de la grappe des services financiers du Grand Montréal. Active depuis 2011, elle fait valoir les atouts de la région auprès des organisations du secteur financier.',
  },
}

export const finance: SeedCluster = {
  slug: 'finance',
  name: { en: 'Finance', fr: 'Finance' },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: financeMontreal.slug,
  summary: {
    en: 'Home base of the Canadian Derivatives Exchange, Montréal is, along with Toronto, the only Canadian city offering a full range of financial services. The sector counts 100,000 jobs in 3,000 organizations.',
    fr: 'Siège de la Bourse canadienne des produits dérivés, Montréal est, avec Toronto, la seule ville canadienne à offrir une gamme complète de services financiers. Le secteur compte 100 000 emplois dans 3 000 organisations.',
  },
  body: [
    {
      p: {
        en: 'Montréal is the home base of the Canadian Derivatives Exchange and an up-and-coming financial centre. The sector’s business volume has made Finance Montréal a premier industrial cluster in Québec. Along with Toronto, Montréal is the only Canadian city offering a full range of financial services.',
        fr: 'Montréal est le siège de la Bourse canadienne des produits dérivés et un centre financier en plein essor. Grâce au volume d’affaires du secteur, Finance Montréal compte parmi les grappes industrielles de premier plan au Québec. Avec Toronto, Montréal est la seule ville canadienne à offrir une gamme complète de services financiers.',
      },
    },
    {
      p: {
        en: 'Active since 2011, Finance Montréal promotes the region’s various assets to organizations in the financial sector. These assets include the region’s competitive costs, tax credits, pool of students and proximity to North America’s largest financial centres.',
        fr: 'Active depuis 2011, Finance Montréal fait valoir les nombreux atouts de la région auprès des organisations du secteur financier : des coûts concurrentiels, des crédits d’impôt, un vaste bassin d’étudiants et la proximité des plus grands centres financiers d’Amérique du Nord.',
      },
    },
    {
      p: {
        en: 'Within the next few years, this ecosystem’s four major development hubs are expected to consist of pension plans, derivatives, financial technology and financing for major infrastructure projects.',
        fr: 'D’ici quelques années, les quatre grands pôles de développement de cet écosystème devraient être les régimes de retraite, les produits dérivés, les technologies financières et le financement des grands projets d’infrastructure.',
      },
    },
  ],
  figures: [
    {
      label: { en: 'Jobs in the financial sector', fr: 'Emplois dans le secteur financier' },
      value: 100000,
      unit: 'jobs',
      display: { en: '100,000 jobs', fr: '100 000 emplois' },
      source: { en: 'Statistics Canada', fr: 'Statistique Canada' },
      year: 2012,
    },
    {
      label: { en: 'Financial sector organizations', fr: 'Organisations du secteur financier' },
      value: 3000,
      unit: 'organizations',
      display: { en: '3,000 organizations', fr: '3 000 organisations' },
      source: { en: 'Statistics Canada', fr: 'Statistique Canada' },
      year: 2012,
    },
    {
      label: {
        en: 'Share of the metropolitan region’s GDP',
        fr: 'Part du PIB de la région métropolitaine',
      },
      value: 6.2,
      unit: 'percent',
      display: {
        en: '6.2% of the metropolitan region’s GDP',
        fr: '6,2 % du PIB de la région métropolitaine',
      },
      source: { en: 'Statistics Canada', fr: 'Statistique Canada' },
      year: 2012,
    },
    {
      label: {
        en: 'Rank among international financial centres',
        fr: 'Rang parmi les centres financiers internationaux',
      },
      value: 16,
      unit: 'rank',
      display: {
        en: 'The 16th largest international financial centre according to Global Financial Centres Index 2013',
        fr: 'Le 16e centre financier international en importance selon le Global Financial Centres Index 2013',
      },
      // The page names this figure's own source, so it is not the cluster's Statistics Canada line.
      source: { en: 'Global Financial Centres Index', fr: 'Global Financial Centres Index' },
      year: 2013,
    },
  ],
  highlights: [
    {
      en: 'Attractive refundable tax credit for international financial centres',
      fr: 'Un crédit d’impôt remboursable avantageux pour les centres financiers internationaux',
    },
  ],
  leadersIntro: { en: 'Top organizations:', fr: 'Principales organisations :' },
  leaders: [
    { slug: 'national-bank', name: 'National Bank' },
    { slug: 'royal-bank-of-canada', name: 'Royal Bank of Canada' },
    { slug: 'td-bank', name: 'TD Bank' },
    {
      slug: 'caisse-de-depot-et-placement-du-quebec',
      name: 'Caisse de dépôt et placement du Québec',
    },
    { slug: 'bmo-financial-group', name: 'BMO Financial Group' },
    { slug: 'desjardins-group', name: 'Desjardins Group' },
    { slug: 'standard-life', name: 'Standard Life' },
  ],
  sources: [{ text: { en: 'Statistics Canada', fr: 'Statistique Canada' }, year: 2012 }],
  links: [
    {
      label: {
        en: 'For more information, see the section on finance',
        fr: 'Pour en savoir plus, consultez la section sur la finance',
      },
      url: 'https://www.montrealinternational.com/en/key-sectors/finance/',
    },
  ],
  quote: {
    text: {
      en: 'This awareness of our strengths is recent, and we still have work to do in terms of perceptions. Our achievements so far include creating the Montréal Institute of Structured Finance and Derivatives and the first FINTECH Financial technology forum in 2013. We’re only just getting started!',
      fr: 'Cette prise de conscience de nos forces est récente, et il nous reste du travail à faire sur le plan des perceptions. Parmi nos réalisations jusqu’ici, mentionnons la création de l’Institut de la finance structurée et des instruments dérivés de Montréal et le premier forum FINTECH sur les technologies financières, en 2013. Et ce n’est qu’un début!',
    },
    speakerName: 'Éric Lemieux',
    speakerTitle: {
      en: 'Chief Executive Officer of Finance Montréal and International Financial Centre of Montréal',
      fr: 'Président-directeur général de Finance Montréal et du Centre financier international de Montréal',
    },
  },
}
