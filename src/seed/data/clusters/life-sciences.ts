import type { SeedCluster, SeedOrganization } from '../../types'

export const montrealInVivo: SeedOrganization = {
  slug: 'montreal-invivo',
  name: { en: 'Montréal InVivo', fr: 'Montréal InVivo' },
  kind: 'secretariat',
  region: 'greater_montreal',
  website: 'https://www.montreal-invivo.com',
  description: {
    en: 'Montréal InVivo is the secretariat of Greater Montréal’s life sciences and health technologies cluster. It brings the region’s stakeholders together to encourage major collaborative projects in its priority areas of excellence.',
    fr: 'Montréal InVivo est le secrétariat de la grappe des sciences de la vie et des technologies de la santé du Grand Montréal. Elle rassemble les acteurs de la région pour favoriser de grands projets concertés dans ses créneaux d’excellence prioritaires.',
  },
}

export const lifeSciences: SeedCluster = {
  slug: 'life-sciences',
  name: {
    en: 'Life sciences and health technologies',
    fr: 'Sciences de la vie et technologies de la santé',
  },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: montrealInVivo.slug,
  summary: {
    en: 'One of North America’s highest concentrations of life sciences and health technologies jobs, and the only place in Canada where a company can complete the entire drug creation process, from basic research to marketing.',
    fr: 'L’une des plus fortes concentrations d’emplois en sciences de la vie et technologies de la santé en Amérique du Nord, et le seul endroit au Canada où une entreprise peut mener tout le processus de création d’un médicament, de la recherche fondamentale à la commercialisation.',
  },
  body: [
    {
      p: {
        en: 'Montréal has one of the highest concentrations of jobs in the Life Sciences and Health Technologies sector in North America. It is also the only place in Canada—and one of the few in the world—where a company can complete the entire drug creation process, from basic research to marketing.',
        fr: 'Montréal affiche l’une des plus fortes concentrations d’emplois en sciences de la vie et technologies de la santé en Amérique du Nord. C’est aussi le seul endroit au Canada — et l’un des rares au monde — où une entreprise peut mener à terme tout le processus de création d’un médicament, de la recherche fondamentale jusqu’à la commercialisation.',
      },
    },
    {
      p: {
        en: 'The completion of two mega-hospitals—currently the largest hospital infrastructure investment in the world—will further extend the profile of this cluster, which is already active in every sub-sector of its industry.',
        fr: 'L’achèvement de deux mégahôpitaux — actuellement le plus important investissement en infrastructures hospitalières au monde — rehaussera encore le profil de cette grappe, déjà active dans tous les sous-secteurs de son industrie.',
      },
    },
  ],
  figures: [
    {
      label: {
        en: 'Jobs in life sciences and health technologies',
        fr: 'Emplois en sciences de la vie et technologies de la santé',
      },
      value: 45000,
      unit: 'jobs',
      display: { en: '45,000 jobs', fr: '45 000 emplois' },
      source: {
        en: 'Statistics Canada and Expertise recherche Québec',
        fr: 'Statistique Canada et Expertise recherche Québec',
      },
      year: 2012,
    },
    {
      label: {
        en: 'Life sciences and health technologies facilities',
        fr: 'Établissements en sciences de la vie et technologies de la santé',
      },
      value: 600,
      unit: 'establishments',
      display: { en: '600 facilities', fr: '600 établissements' },
      source: {
        en: 'Statistics Canada and Expertise recherche Québec',
        fr: 'Statistique Canada et Expertise recherche Québec',
      },
      year: 2012,
    },
    {
      label: {
        en: 'Researchers and professionals in public and para-public organizations',
        fr: 'Chercheurs et professionnels dans les organismes publics et parapublics',
      },
      value: 12000,
      unit: 'researchers',
      display: {
        en: 'More than 12,000 researchers and professionals',
        fr: 'Plus de 12 000 chercheurs et professionnels',
      },
      source: {
        en: 'Statistics Canada and Expertise recherche Québec',
        fr: 'Statistique Canada et Expertise recherche Québec',
      },
      year: 2012,
    },
    {
      label: {
        en: 'Public and para-public research organizations',
        fr: 'Organismes de recherche publics et parapublics',
      },
      value: 300,
      unit: 'organizations',
      display: {
        en: '300 public and para-public organizations',
        fr: '300 organismes publics et parapublics',
      },
      source: {
        en: 'Statistics Canada and Expertise recherche Québec',
        fr: 'Statistique Canada et Expertise recherche Québec',
      },
      year: 2012,
    },
    {
      label: {
        en: 'Cost advantage over competing cities',
        fr: 'Avantage de coûts par rapport aux villes concurrentes',
      },
      value: 14,
      unit: 'percent',
      display: {
        en: 'A cost advantage of more than 14% for businesses in the sector, compared to competing cities',
        fr: 'Un avantage de coûts de plus de 14 % pour les entreprises du secteur par rapport aux villes concurrentes',
      },
      source: {
        en: 'Statistics Canada and Expertise recherche Québec',
        fr: 'Statistique Canada et Expertise recherche Québec',
      },
      year: 2012,
    },
    {
      // The page gives a range (2 to 5 times); the value holds its low end.
      label: {
        en: 'Times lower tax burden for R&D companies than in competing cities (at least)',
        fr: 'Fardeau fiscal des entreprises de R-D : nombre de fois moins élevé que dans les villes concurrentes (au moins)',
      },
      value: 2,
      unit: 'count',
      display: {
        en: 'A tax burden for R&D companies that is 2 to 5 times lower than in competing cities',
        fr: 'Un fardeau fiscal de 2 à 5 fois moins élevé que dans les villes concurrentes pour les entreprises de R-D',
      },
      source: {
        en: 'Statistics Canada and Expertise recherche Québec',
        fr: 'Statistique Canada et Expertise recherche Québec',
      },
      year: 2012,
    },
  ],
  leadersIntro: {
    en: 'Internationally-renowned companies:',
    fr: 'Entreprises de renommée internationale :',
  },
  leaders: [
    { slug: 'covidien', name: 'Covidien' },
    { slug: 'glaxosmithkline', name: 'GlaxoSmithKline' },
    { slug: 'halo', name: 'Halo' },
    { slug: 'charles-river-laboratories', name: 'Charles River Laboratories' },
    { slug: 'preclinical-services-montreal', name: 'Preclinical Services Montréal' },
    { slug: 'medtronic-of-canada', name: 'Medtronic of Canada' },
    { slug: 'merck', name: 'Merck' },
    { slug: 'pfizer-canada', name: 'Pfizer Canada' },
    { slug: 'pharmascience', name: 'Pharmascience' },
    { slug: 'quintiles', name: 'Quintiles' },
    { slug: 'sandoz-canada', name: 'Sandoz Canada' },
  ],
  sources: [
    { text: { en: 'Statistics Canada', fr: 'Statistique Canada' }, year: 2012 },
    { text: { en: 'Expertise recherche Québec', fr: 'Expertise recherche Québec' }, year: 2012 },
  ],
  links: [
    {
      label: {
        en: 'For more information, see the section on Life Sciences and Health Technologies (LSHT)',
        fr: 'Pour en savoir plus, consultez la section sur les sciences de la vie et les technologies de la santé (SVTS)',
      },
      url: 'https://www.montrealinternational.com/en/key-sectors/life-sciences-and-health-technologies/',
    },
  ],
  quote: {
    text: {
      en: 'Our cluster is also distinguished by the spirit of open communication and the multidisciplinarity among the various stakeholders in our ecosystem, exemplified by the creation of the Québec Consortium for Drug Discovery, the NEOMED Institute and the Personalized Medicine Partnership for Cancer. Several major projects have become hugely successful in recent decades, and Montréal InVivo will do its part to encourage more of them, notably in its priority areas of excellence.',
      fr: 'Notre grappe se distingue aussi par l’esprit d’ouverture et la multidisciplinarité qui règnent entre les différents acteurs de notre écosystème, comme en témoigne la création du Consortium québécois sur la découverte du médicament, de l’Institut NÉOMED et du Partenariat en médecine personnalisée en cancer. Plusieurs grands projets ont connu un immense succès au cours des dernières décennies, et Montréal InVivo fera sa part pour en susciter d’autres, notamment dans ses créneaux d’excellence prioritaires.',
    },
    speakerName: 'Nathalie Ouimet',
    speakerTitle: { en: 'Acting General Manager', fr: 'Directrice générale par intérim' },
  },
}
