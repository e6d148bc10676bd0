import type { Localized, SeedCluster, SeedOrganization } from '../types'

const innopoleSource: Localized = { en: 'Sherbrooke Innopole', fr: 'Sherbrooke Innopole' }
const businessesLabel: Localized = { en: 'Businesses', fr: 'Entreprises' }
const jobsLabel: Localized = { en: 'Jobs', fr: 'Emplois' }

export const sherbrookeInnopole: SeedOrganization = {
  slug: 'sherbrooke-innopole',
  name: { en: 'Sherbrooke Innopole', fr: 'Sherbrooke Innopole' },
  kind: 'regional_agency',
  region: 'sherbrooke',
  website: 'https://www.sherbrooke-innopole.com',
  description: {
    en: "Sherbrooke's economic development agency, which has targeted five key industrial sectors based on critical mass in research and related number of industries and jobs.",
    fr: "Agence de développement économique de Sherbrooke, qui a ciblé cinq secteurs industriels clés en fonction de la masse critique en recherche ainsi que du nombre d'entreprises et d'emplois qui s'y rattachent.",
  },
}

const lifeSciencesText: Localized = {
  en: 'With its University Hospital Centre, Faculty of Medicine and Health Sciences, Engineering Faculty and numerous advanced research centres and innovating businesses, Sherbrooke is positioning itself as a world class hub in the life sciences and knowledge economy sectors.',
  fr: "Avec son Centre hospitalier universitaire, sa Faculté de médecine et des sciences de la santé, sa Faculté de génie ainsi que ses nombreux centres de recherche de pointe et entreprises innovantes, Sherbrooke se positionne comme un pôle de calibre mondial dans les secteurs des sciences de la vie et de l'économie du savoir.",
}

const cleantechText: Localized = {
  en: 'The Cleantech sector in Sherbrooke is in full spin with a committed research sector, novel training and businesses that are competing via their creativity and the development of novel products and services related to renewable energy, bio-industries, waste recovery, and water and soil treatment.',
  fr: "À Sherbrooke, le secteur des technologies propres est en plein essor, grâce à un milieu de la recherche engagé, à des formations novatrices et à des entreprises qui se démarquent par leur créativité et par le développement de produits et de services inédits liés aux énergies renouvelables, aux bio-industries, à la valorisation des matières résiduelles ainsi qu'au traitement de l'eau et des sols.",
}

const microNanoText: Localized = {
  en: "Benefiting from a highly qualified and stable workforce, renowned researchers from the University Pole, local and international partners, the research and business sectors related to Sherbrooke's Micro-nanotechnologies cluster are achieving recognition in areas as diverse as aerospace, biomedical and advanced electronics.",
  fr: "Profitant d'une main-d'œuvre hautement qualifiée et stable, de chercheurs réputés du Pôle universitaire ainsi que de partenaires locaux et internationaux, les milieux de la recherche et des affaires liés à la grappe des micro-nanotechnologies de Sherbrooke se distinguent dans des domaines aussi variés que l'aérospatiale, le biomédical et l'électronique de pointe.",
}

const ictText: Localized = {
  en: "Based on the strength of an exceptional talent pool from renowned educational institutions, a sophisticated research infrastructure and associated businesses, Sherbrooke's Information and Communication Technologies sector is undergoing rapid development in several specialized sectors: video games, software development and cloud computing.",
  fr: "Fort d'un bassin de talents exceptionnel issu d'établissements d'enseignement réputés, d'une infrastructure de recherche de pointe et d'entreprises associées, le secteur des technologies de l'information et des communications de Sherbrooke connaît un développement rapide dans plusieurs créneaux spécialisés : les jeux vidéo, le développement de logiciels et l'infonuagique.",
}

const advancedManufacturingText: Localized = {
  en: "Thanks to an abundant and specialized workforce and available and efficient R&D infrastructures, a growing number of businesses are banking on innovation and the development of new technologies, new and stimulating products and processes, to propel their growth and Sherbrooke's economy.",
  fr: "Grâce à une main-d'œuvre abondante et spécialisée ainsi qu'à des infrastructures de R-D accessibles et efficaces, un nombre croissant d'entreprises misent sur l'innovation et sur le développement de nouvelles technologies et de produits et procédés nouveaux et stimulants pour propulser leur croissance et l'économie de Sherbrooke.",
}

export const sherbrookeSectors: SeedCluster[] = [
  {
    slug: 'sherbrooke-life-sciences',
    name: { en: 'Life Sciences', fr: 'Sciences de la vie' },
    kind: 'key_sector',
    region: 'sherbrooke',
    secretariat: 'sherbrooke-innopole',
    summary: lifeSciencesText,
    body: [{ p: lifeSciencesText }],
    figures: [
      {
        label: businessesLabel,
        value: 50,
        unit: 'companies',
        display: { en: '50 businesses', fr: '50 entreprises' },
        source: innopoleSource,
      },
      {
        label: jobsLabel,
        value: 2727,
        unit: 'jobs',
        display: { en: '2,727 jobs', fr: '2 727 emplois' },
        source: innopoleSource,
      },
    ],
  },
  {
    slug: 'sherbrooke-cleantech',
    name: { en: 'Cleantech', fr: 'Technologies propres' },
    kind: 'key_sector',
    region: 'sherbrooke',
    secretariat: 'sherbrooke-innopole',
    summary: cleantechText,
    body: [{ p: cleantechText }],
    figures: [
      {
        label: businessesLabel,
        value: 113,
        unit: 'companies',
        display: { en: '113 businesses', fr: '113 entreprises' },
        source: innopoleSource,
      },
      {
        label: jobsLabel,
        value: 2982,
        unit: 'jobs',
        display: { en: '2,982 jobs', fr: '2 982 emplois' },
        source: innopoleSource,
      },
    ],
  },
  {
    slug: 'sherbrooke-micro-nanotechnologies',
    name: { en: 'Micro-nanotechnologies', fr: 'Micro-nanotechnologies' },
    kind: 'key_sector',
    region: 'sherbrooke',
    secretariat: 'sherbrooke-innopole',
    summary: microNanoText,
    body: [{ p: microNanoText }],
    figures: [
      {
        label: businessesLabel,
        value: 7,
        unit: 'companies',
        display: { en: '7 businesses', fr: '7 entreprises' },
        source: innopoleSource,
      },
      {
        label: jobsLabel,
        value: 825,
        unit: 'jobs',
        display: { en: '825 jobs', fr: '825 emplois' },
        source: innopoleSource,
      },
    ],
  },
  {
    slug: 'sherbrooke-ict',
    name: {
      en: 'Information and Communication Technologies',
      fr: "Technologies de l'information et des communications",
    },
    kind: 'key_sector',
    region: 'sherbrooke',
    secretariat: 'sherbrooke-innopole',
    summary: ictText,
    body: [{ p: ictText }],
    figures: [
      {
        label: businessesLabel,
        value: 96,
        unit: 'companies',
        display: { en: '96 businesses', fr: '96 entreprises' },
        source: innopoleSource,
      },
      {
        label: jobsLabel,
        value: 1842,
        unit: 'jobs',
        display: { en: '1,842 jobs', fr: '1 842 emplois' },
        source: innopoleSource,
      },
    ],
  },
  {
    slug: 'sherbrooke-advanced-manufacturing',
    name: { en: 'Advanced Manufacturing', fr: 'Fabrication avancée' },
    kind: 'key_sector',
    region: 'sherbrooke',
    secretariat: 'sherbrooke-innopole',
    summary: advancedManufacturingText,
    body: [{ p: advancedManufacturingText }],
    figures: [
      {
        label: businessesLabel,
        value: 375,
        unit: 'companies',
        display: { en: '375 businesses', fr: '375 entreprises' },
        source: innopoleSource,
      },
      {
        label: jobsLabel,
        value: 9790,
        unit: 'jobs',
        display: { en: '9,790 jobs', fr: '9 790 emplois' },
        source: innopoleSource,
      },
    ],
  },
]
