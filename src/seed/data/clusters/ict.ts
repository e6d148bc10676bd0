import type { SeedCluster, SeedOrganization } from '../../types'

export const technoMontreal: SeedOrganization = {
  slug: 'technomontreal',
  name: { en: 'TechnoMontréal', fr: 'TechnoMontréal' },
  kind: 'secretariat',
  region: 'greater_montreal',
  website: 'https://www.technomontreal.com',
  description: {
    en: 'TechnoMontréal is the secretariat of Greater Montréal’s information and communications technologies cluster. It also initiated Technopolys, the movement that promotes Québec’s technology industry.',
    fr: 'TechnoMontréal est le secrétariat de la grappe des technologies de l’information et des communications du Grand Montréal. Elle est aussi à l’origine de Technopolys, le mouvement de promotion de l’industrie technologique québécoise.',
  },
}

export const ict: SeedCluster = {
  slug: 'ict',
  name: {
    en: 'Information and communications technologies',
    fr: 'Technologies de l’information et des communications',
  },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: technoMontreal.slug,
  summary: {
    en: 'A highly diversified and fast-growing ICT cluster of more than 92,000 qualified employees, where software and services account for around half of all activities.',
    fr: 'Une grappe des TIC très diversifiée et en forte croissance, qui compte plus de 92 000 employés qualifiés et dont le logiciel et les services représentent environ la moitié des activités.',
  },
  body: [
    {
      p: {
        en: 'Greater Montréal’s highly diversified Information and Communications Technologies (ICT) cluster continues to experience strong growth and is expected to attract a substantial amount of foreign investment in the coming years.',
        fr: 'Très diversifiée, la grappe des technologies de l’information et des communications (TIC) du Grand Montréal poursuit sa forte croissance et devrait attirer d’importants investissements étrangers au cours des prochaines années.',
      },
    },
    {
      p: {
        en: 'The software and services sectors account for around 50% of its activities, which make it an important horizontal cluster with ramifications in a multitude of activity sectors.',
        fr: 'Les secteurs du logiciel et des services représentent environ 50 % de ses activités, ce qui en fait une importante grappe horizontale dont les ramifications touchent une multitude de secteurs d’activité.',
      },
    },
    {
      p: {
        en: 'While often cited as a multimedia capital, Montréal is also one of the three largest centres of excellence in the immersion sector.',
        fr: 'Souvent citée comme capitale du multimédia, Montréal est aussi l’un des trois plus grands pôles d’excellence du secteur de l’immersion.',
      },
    },
  ],
  figures: [
    {
      label: { en: 'Qualified ICT employees', fr: 'Employés qualifiés en TIC' },
      value: 92000,
      unit: 'workers',
      display: {
        en: 'More than 92,000 qualified employees',
        fr: 'Plus de 92 000 employés qualifiés',
      },
      source: {
        en: 'Statistics Canada (2012) and Institut de la statistique du Québec (2011)',
        fr: 'Statistique Canada (2012) et Institut de la statistique du Québec (2011)',
      },
      year: 2012,
    },
    {
      label: { en: 'ICT organizations', fr: 'Organisations du secteur des TIC' },
      value: 5000,
      unit: 'organizations',
      display: { en: 'Almost 5,000 organizations', fr: 'Près de 5 000 organisations' },
      source: {
        en: 'Statistics Canada (2012) and Institut de la statistique du Québec (2011)',
        fr: 'Statistique Canada (2012) et Institut de la statistique du Québec (2011)',
      },
      year: 2012,
    },
    {
      label: { en: 'ICT GDP growth, 2002–2012', fr: 'Croissance du PIB des TIC, 2002-2012' },
      value: 25,
      unit: 'percent',
      display: {
        en: '25% ICT GDP growth between 2002 and 2012—twice that of the overall economy',
        fr: 'Croissance de 25 % du PIB des TIC entre 2002 et 2012, soit le double de celle de l’ensemble de l’économie',
      },
      source: {
        en: 'Statistics Canada (2012) and Institut de la statistique du Québec (2011)',
        fr: 'Statistique Canada (2012) et Institut de la statistique du Québec (2011)',
      },
      year: 2012,
    },
    {
      label: {
        en: 'Biggest North American metropolitan areas compared',
        fr: 'Plus grandes régions métropolitaines nord-américaines comparées',
      },
      value: 20,
      unit: 'count',
      display: {
        en: 'A leader among North America’s 20 biggest metropolitan areas',
        fr: 'Un chef de file parmi les 20 plus grandes régions métropolitaines d’Amérique du Nord',
      },
      source: {
        en: 'Statistics Canada (2012) and Institut de la statistique du Québec (2011)',
        fr: 'Statistique Canada (2012) et Institut de la statistique du Québec (2011)',
      },
      year: 2012,
    },
    {
      label: {
        en: 'Rank for lowest ICT business operating costs among North America’s 20 biggest metropolitan areas',
        fr: 'Rang pour les plus faibles coûts d’exploitation des entreprises des TIC parmi les 20 plus grandes régions métropolitaines d’Amérique du Nord',
      },
      value: 1,
      unit: 'rank',
      display: {
        en: 'Ranked 1st for lowest ICT business operating costs',
        fr: 'Au 1er rang pour les plus faibles coûts d’exploitation des entreprises des TIC',
      },
      source: {
        en: 'Statistics Canada (2012) and Institut de la statistique du Québec (2011)',
        fr: 'Statistique Canada (2012) et Institut de la statistique du Québec (2011)',
      },
      year: 2012,
    },
  ],
  highlights: [
    {
      en: 'Targeted and highly competitive financial incentives',
      fr: 'Des incitatifs financiers ciblés et très concurrentiels',
    },
  ],
  leadersIntro: { en: 'A concentration of leaders:', fr: 'Une concentration de chefs de file :' },
  leaders: [
    { slug: 'bell', name: 'Bell' },
    { slug: 'cgi', name: 'CGI' },
    { slug: 'google', name: 'Google' },
    { slug: 'ibm', name: 'IBM' },
    { slug: 'sap', name: 'SAP' },
    { slug: 'telus', name: 'TELUS' },
    { slug: 'ubisoft', name: 'Ubisoft' },
    { slug: 'videotron', name: 'Videotron' },
  ],
  sources: [
    { text: { en: 'Statistics Canada', fr: 'Statistique Canada' }, year: 2012 },
    {
      text: {
        en: 'Institut de la statistique du Québec',
        fr: 'Institut de la statistique du Québec',
      },
      year: 2011,
    },
  ],
  links: [
    {
      label: {
        en: 'For more information, see the section on Information and Communications Technologies',
        fr: 'Pour en savoir plus, consultez la section sur les technologies de l’information et des communications',
      },
      url: 'https://www.montrealinternational.com/en/key-sectors/information-and-communications-technologies/',
    },
  ],
  quote: {
    text: {
      en: 'We are fortunate that we can count on the rapid mobilization of our partners when the time comes to take a position or participate in major projects such as Montréal Métropole Numérique, which aims to usher Montréal into the ranks of the world’s Smart Cities. As far as our strengths go, I would add our critical mass of major companies working in tandem with our vast pool of small-and medium sized businesses, our bilingualism and, of course, our capacity for innovation. We recently created a strategic and tactical support program for promising SMBs.',
      fr: 'Nous avons la chance de pouvoir compter sur la mobilisation rapide de nos partenaires lorsque vient le temps de prendre position ou de participer à de grands projets comme Montréal Métropole Numérique, qui vise à hisser Montréal au rang des villes intelligentes du monde. Parmi nos forces, j’ajouterais notre masse critique de grandes entreprises qui travaillent de concert avec notre vaste bassin de petites et moyennes entreprises, notre bilinguisme et, bien sûr, notre capacité d’innovation. Nous avons récemment créé un programme d’accompagnement stratégique et tactique pour les PME prometteuses.',
    },
    speakerName: 'Lidia Divry',
    speakerTitle: { en: 'General Manager', fr: 'Directrice générale' },
  },
}
