import type { SeedCluster, SeedOrganization } from '../../types'

export const aluQuebec: SeedOrganization = {
  slug: 'aluquebec',
  name: { en: 'AluQuébec', fr: 'AluQuébec' },
  kind: 'secretariat',
  region: 'quebec',
  website: 'https://aluquebec.com',
  description: {
    en: 'AluQuébec is the Québec Aluminium Cluster. It brings together primary producers, processors, equipment manufacturers, suppliers and research centres to grow the province’s aluminium industry.',
    fr: 'AluQuébec est la Grappe industrielle de l’aluminium du Québec. Elle réunit producteurs d’aluminium primaire, transformateurs, équipementiers, fournisseurs et centres de recherche pour faire croître l’industrie de l’aluminium de la province.',
  },
}

const mapping = {
  en: 'AluQuébec mapping',
  fr: 'cartographie d’AluQuébec',
}

export const aluminium: SeedCluster = {
  slug: 'aluminium',
  name: { en: 'Aluminium', fr: 'Aluminium' },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: aluQuebec.slug,
  summary: {
    en: 'Anchored by Alcoa, Rio Tinto and Alouette, Québec produces 60% of North America’s primary aluminium. Aluminium processing accounts for $6.7 billion in sales and 17,000 skilled jobs.',
    fr: 'Porté par Alcoa, Rio Tinto et Alouette, le Québec assure 60 % de la production nord-américaine d’aluminium primaire. La transformation de l’aluminium représente des ventes de 6,7 milliards de dollars et 17 000 emplois spécialisés.',
  },
  body: [
    {
      p: {
        en: 'Québec’s aluminium industry enjoys international visibility, due to the presence of Alcoa, Rio Tinto and Alouette. Together, these world-class primary aluminium producers operate 9 smelters in the province that produce 2.9 million metric tons of primary aluminium, or 60% of total North American production.',
        fr: 'L’industrie québécoise de l’aluminium jouit d’une visibilité internationale grâce à la présence d’Alcoa, de Rio Tinto et d’Alouette. Ensemble, ces producteurs d’aluminium primaire de calibre mondial exploitent 9 alumineries dans la province, qui produisent 2,9 millions de tonnes métriques d’aluminium primaire, soit 60 % de la production nord-américaine totale.',
      },
    },
    {
      p: {
        en: 'Building on this foundation, the province has developed an aluminium industry ecosystem, which now makes up the Québec Aluminium Cluster.',
        fr: 'Sur cette base, la province a développé un écosystème industriel de l’aluminium, qui forme aujourd’hui la Grappe industrielle de l’aluminium du Québec.',
      },
    },
    {
      p: {
        en: 'Aluminium processing accounts for $6.7 billion in sales, +1,400 innovative manufacturing SMEs and 17,000 skilled jobs in the aerospace, automotive, sustainable construction and machinery markets and infrastructure.',
        fr: 'La transformation de l’aluminium représente des ventes de 6,7 milliards de dollars, plus de 1 400 PME manufacturières innovantes et 17 000 emplois spécialisés dans les marchés de l’aérospatiale, de l’automobile, de la construction durable, de la machinerie et des infrastructures.',
      },
    },
  ],
  figures: [
    {
      label: {
        en: 'Primary aluminium smelters in Québec',
        fr: 'Alumineries de première fusion au Québec',
      },
      value: 9,
      unit: 'establishments',
      display: { en: '9 smelters in the province', fr: '9 alumineries dans la province' },
    },
    {
      label: { en: 'Primary aluminium production', fr: 'Production d’aluminium primaire' },
      value: 2.9e6,
      unit: 'tonnes',
      display: {
        en: '2.9 million metric tons of primary aluminium',
        fr: '2,9 millions de tonnes métriques d’aluminium primaire',
      },
    },
    {
      label: {
        en: 'Share of North American primary aluminium production',
        fr: 'Part de la production nord-américaine d’aluminium primaire',
      },
      value: 60,
      unit: 'percent',
      display: {
        en: '60% of total North American production',
        fr: '60 % de la production nord-américaine totale',
      },
    },
    {
      label: { en: 'Aluminium processing sales', fr: 'Ventes de la transformation de l’aluminium' },
      value: 6.7e9,
      unit: 'cad',
      display: { en: '$6.7 billion in sales', fr: 'Des ventes de 6,7 milliards de dollars' },
    },
    {
      label: {
        en: 'Innovative manufacturing SMEs in aluminium processing',
        fr: 'PME manufacturières innovantes de la transformation de l’aluminium',
      },
      value: 1400,
      unit: 'companies',
      display: {
        en: '+1,400 innovative manufacturing SMEs',
        fr: 'Plus de 1 400 PME manufacturières innovantes',
      },
    },
    {
      label: {
        en: 'Skilled jobs in aluminium processing',
        fr: 'Emplois spécialisés de la transformation de l’aluminium',
      },
      value: 17000,
      unit: 'jobs',
      display: { en: '17,000 skilled jobs', fr: '17 000 emplois spécialisés' },
    },
    {
      label: {
        en: `Businesses in Québec’s aluminium processing industry (${mapping.en})`,
        fr: `Entreprises de l’industrie québécoise de la transformation de l’aluminium (${mapping.fr})`,
      },
      value: 1400,
      unit: 'companies',
      display: { en: '+1400 businesses', fr: 'Plus de 1 400 entreprises' },
    },
    {
      label: { en: `Manufacturers (${mapping.en})`, fr: `Fabricants (${mapping.fr})` },
      value: 923,
      unit: 'companies',
      display: { en: '923 manufacturers', fr: '923 fabricants' },
    },
    {
      label: { en: `Suppliers (${mapping.en})`, fr: `Fournisseurs (${mapping.fr})` },
      value: 684,
      unit: 'companies',
      display: { en: '684 suppliers', fr: '684 fournisseurs' },
    },
    {
      label: {
        en: `Industries that use aluminium (${mapping.en})`,
        fr: `Industries utilisatrices d’aluminium (${mapping.fr})`,
      },
      value: 13,
      unit: 'count',
      display: {
        en: '13 industries that all make use of aluminium',
        fr: '13 industries qui utilisent toutes l’aluminium',
      },
    },
    {
      label: {
        en: `Equipment manufacturers (${mapping.en})`,
        fr: `Équipementiers (${mapping.fr})`,
      },
      value: 75,
      unit: 'companies',
      display: { en: '75 equipment manufacturers', fr: '75 équipementiers' },
    },
  ],
  highlights: [
    {
      en: 'A mapping of the Québec aluminium processing industry, commissioned by AluQuébec',
      fr: 'Une cartographie de l’industrie québécoise de la transformation de l’aluminium, réalisée à la demande d’AluQuébec',
    },
    {
      en: 'Markets: aerospace, automotive, sustainable construction, machinery and infrastructure',
      fr: 'Marchés : aérospatiale, automobile, construction durable, machinerie et infrastructures',
    },
  ],
  leadersIntro: {
    en: 'World-class primary aluminium producers:',
    fr: 'Des producteurs d’aluminium primaire de calibre mondial :',
  },
  leaders: [
    { slug: 'alcoa', name: 'Alcoa', website: 'https://www.alcoa.com' },
    { slug: 'rio-tinto', name: 'Rio Tinto', website: 'https://www.riotinto.com' },
    {
      slug: 'aluminerie-alouette',
      name: 'Aluminerie Alouette',
      website: 'https://www.alouette.qc.ca',
    },
  ],
}
