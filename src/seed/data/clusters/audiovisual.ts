import type { SeedCluster, SeedOrganization } from '../../types'

const source = {
  en: 'Bureau du cinéma et de la télévision du Québec',
  fr: 'Bureau du cinéma et de la télévision du Québec',
}

export const actionMtl: SeedOrganization = {
  slug: 'actionmtl',
  name: { en: 'ActionMTL', fr: 'ActionMTL' },
  kind: 'secretariat',
  region: 'greater_montreal',
  description: {
    en: 'ActionMTL is the secretariat of Montréal’s audiovisual cluster. Set up in 2012 under the Québec Film and Television Council, it promotes Montréal as a major international production centre.',
    fr: 'ActionMTL est le secrétariat de la grappe audiovisuelle de Montréal. Créé en 2012 sous l’égide du Bureau du cinéma et de la télévision du Québec, il fait la promotion de Montréal comme grand centre de production international.',
  },
}

export const audiovisual: SeedCluster = {
  slug: 'audiovisual',
  name: { en: 'Audiovisual', fr: 'Audiovisuel' },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: actionMtl.slug,
  summary: {
    en: 'Montréal’s audiovisual cluster counts 35,000 jobs in more than 500 companies and is now the fourth-largest visual effects centre in the world. Competitive tax credits and versatile locations attract foreign producers.',
    fr: 'La grappe audiovisuelle de Montréal compte 35 000 emplois dans plus de 500 entreprises et constitue aujourd’hui le quatrième pôle d’effets visuels au monde. Des crédits d’impôt concurrentiels et des lieux de tournage polyvalents attirent les producteurs étrangers.',
  },
  body: [
    {
      p: {
        en: 'Québec is recognized around the world for its talented and creative workforce. Reporting to the Québec Film and Television Council, ActionMTL, the secretariat of Montréal’s audiovisual cluster, was set up in 2012 to promote the inventive potential of Montréal’s leaders in the sector and consolidate the region’s position as a major international production centre.',
        fr: 'Le Québec est reconnu partout dans le monde pour le talent et la créativité de sa main-d’œuvre. Relevant du Bureau du cinéma et de la télévision du Québec, ActionMTL, le secrétariat de la grappe audiovisuelle de Montréal, a été créé en 2012 pour mettre en valeur le potentiel créatif des chefs de file montréalais du secteur et consolider la position de la région comme grand centre de production international.',
      },
    },
    {
      p: {
        en: 'Combining European charm with North American modernity, Montréal can stand in for any large western city and Old Montréal offers a myriad of possibilities for period shoots — two remarkable attributes.',
        fr: 'Alliant charme européen et modernité nord-américaine, Montréal peut se substituer à n’importe quelle grande ville occidentale, et le Vieux-Montréal offre une multitude de possibilités pour les tournages d’époque : deux atouts remarquables.',
      },
    },
  ],
  figures: [
    {
      label: { en: 'Audiovisual jobs', fr: 'Emplois en audiovisuel' },
      value: 35000,
      unit: 'jobs',
      display: { en: '35,000 jobs', fr: '35 000 emplois' },
      source,
      year: 2013,
    },
    {
      label: { en: 'Audiovisual companies', fr: 'Entreprises en audiovisuel' },
      value: 500,
      unit: 'companies',
      display: { en: 'More than 500 companies', fr: 'Plus de 500 entreprises' },
      source,
      year: 2013,
    },
    {
      label: {
        en: 'Annual direct economic spin-offs',
        fr: 'Retombées économiques directes annuelles',
      },
      value: 250e6,
      unit: 'cad',
      display: {
        en: 'More than $250 million in direct economic spin-offs annually',
        fr: 'Plus de 250 millions de dollars en retombées économiques directes chaque année',
      },
      source,
      year: 2013,
    },
    {
      label: {
        en: 'Tax incentives for production services',
        fr: 'Incitatifs fiscaux pour les services de production',
      },
      value: 44,
      unit: 'percent',
      display: {
        en: 'Tax incentives of up to 44% for production services',
        fr: 'Des incitatifs fiscaux pouvant atteindre 44 % pour les services de production',
      },
      source,
      year: 2013,
    },
  ],
  highlights: [
    {
      en: 'One of Canada’s biggest film studios just 5 minutes from downtown',
      fr: 'L’un des plus grands studios de cinéma au Canada, à seulement 5 minutes du centre-ville',
    },
  ],
  leadersIntro: {
    en: 'Numerous international visual effects leaders:',
    fr: 'De nombreux chefs de file internationaux des effets visuels :',
  },
  leaders: [
    { slug: 'digital-dimension', name: 'Digital Dimension' },
    { slug: 'framestore', name: 'Framestore', website: 'https://www.framestore.com' },
    { slug: 'hybride', name: 'Hybride', website: 'https://www.hybride.com' },
    { slug: 'modus-fx', name: 'Modus FX' },
    { slug: 'rodeo-fx', name: 'Rodeo FX', website: 'https://www.rodeofx.com' },
    { slug: 'mokko-studio', name: 'Mokko Studio' },
  ],
  sources: [{ text: source, year: 2013 }],
  links: [
    {
      label: {
        en: 'For more information, see the section on audiovisual',
        fr: 'Pour en savoir plus, consultez la section sur l’audiovisuel',
      },
      url: 'https://www.montrealinternational.com/en/key-sectors/audiovisual/',
    },
  ],
  quote: {
    text: {
      en: 'In addition to an incredible variety of backdrops and decors, we provide competitive tax credits on creation and production labour costs. When you add our infrastructures, technological resources and wide pool of specialized talent in every visual effects field, we can offer foreign producers the ability to make any type of production that they need. Already a leading production centre, we are now the fourth-largest visual effects centre in the world and we will continue our ascension.',
      fr: 'En plus d’une incroyable variété de décors naturels et construits, nous offrons des crédits d’impôt concurrentiels sur les coûts de main-d’œuvre liés à la création et à la production. Si l’on ajoute nos infrastructures, nos ressources technologiques et notre vaste bassin de talents spécialisés dans tous les domaines des effets visuels, nous pouvons offrir aux producteurs étrangers la possibilité de réaliser tout type de production. Déjà un centre de production de premier plan, nous sommes maintenant le quatrième pôle d’effets visuels au monde, et notre ascension va se poursuivre.',
    },
    speakerName: 'Hans Fraikin',
    speakerTitle: {
      en: 'General Manager of ActionMTL and Commissioner of the Québec Film and Television Council',
      fr: 'Directeur général d’ActionMTL et commissaire du Bureau du cinéma et de la télévision du Québec',
    },
  },
}
