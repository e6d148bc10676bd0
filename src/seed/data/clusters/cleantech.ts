import type { SeedCluster, SeedOrganization } from '../../types'

export const ecotechQuebec: SeedOrganization = {
  slug: 'ecotech-quebec',
  name: { en: 'Écotech Québec', fr: 'Écotech Québec' },
  kind: 'secretariat',
  region: 'quebec',
  website: 'https://www.ecotechquebec.com',
  description: {
    en: 'The first organization of its kind in Canada, Écotech Québec has been Québec’s cleantech cluster since 2009. It brings together innovative SMBs, user organizations, investors and specialized research centres, some 60% of its members being located in Greater Montréal.',
    fr: 'Premier organisme du genre au Canada, Écotech Québec est la grappe des technologies propres du Québec depuis 2009. Elle réunit des PME innovantes, des organisations utilisatrices, des investisseurs et des centres de recherche spécialisés; quelque 60 % de ses membres sont établis dans le Grand Montréal.',
  },
}

export const cleantech: SeedCluster = {
  slug: 'cleantech',
  name: { en: 'Cleantech', fr: 'Technologies propres' },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: ecotechQuebec.slug,
  summary: {
    en: 'More than 450 innovative companies that help reduce energy consumption, optimize the use of resources and reuse waste streams, 70% of which conduct business internationally.',
    fr: 'Plus de 450 entreprises innovantes qui contribuent à réduire la consommation d’énergie, à optimiser l’utilisation des ressources et à valoriser les matières résiduelles; 70 % d’entre elles font des affaires à l’international.',
  },
  body: [
    {
      p: {
        en: 'The first organization of its kind in Canada, Écotech Québec has been Québec’s cleantech cluster since 2009. Its members—of whom some 60% are located in Greater Montréal—work in every sector of the industry, and contribute to reducing energy consumption, optimizing use of resources or beneficially reusing waste streams.',
        fr: 'Premier organisme du genre au Canada, Écotech Québec est la grappe des technologies propres du Québec depuis 2009. Ses membres — dont quelque 60 % sont établis dans le Grand Montréal — œuvrent dans tous les secteurs de l’industrie et contribuent à réduire la consommation d’énergie, à optimiser l’utilisation des ressources ou à valoriser les matières résiduelles.',
      },
    },
    {
      p: {
        en: 'Écotech Québec, which is highly focused on partnership and marketing, includes innovative SMBs, user organizations, institutional and private investors, and specialized research centres. The transition to a greener economy has already begun and the social and political desire to accelerate it provides a good growth opportunity to the entire sector.',
        fr: 'Résolument axée sur les partenariats et la commercialisation, Écotech Québec réunit des PME innovantes, des organisations utilisatrices, des investisseurs institutionnels et privés ainsi que des centres de recherche spécialisés. La transition vers une économie plus verte est déjà amorcée, et la volonté sociale et politique de l’accélérer offre une belle occasion de croissance à l’ensemble du secteur.',
      },
    },
  ],
  figures: [
    {
      label: {
        en: 'Innovative cleantech companies',
        fr: 'Entreprises innovantes en technologies propres',
      },
      value: 450,
      unit: 'companies',
      display: {
        en: 'More than 450 innovative companies',
        fr: 'Plus de 450 entreprises innovantes',
      },
      source: { en: 'Écotech Québec', fr: 'Écotech Québec' },
      year: 2013,
    },
    {
      label: {
        en: 'Share of businesses active internationally',
        fr: 'Part des entreprises actives à l’international',
      },
      value: 70,
      unit: 'percent',
      display: {
        en: '70% of businesses in this cluster conduct business internationally',
        fr: '70 % des entreprises de la grappe font des affaires à l’international',
      },
      source: { en: 'Écotech Québec', fr: 'Écotech Québec' },
      year: 2013,
    },
    {
      label: { en: 'Research groups and chairs', fr: 'Groupes et chaires de recherche' },
      value: 200,
      unit: 'count',
      display: {
        en: 'Around 200 research groups and chairs',
        fr: 'Environ 200 groupes et chaires de recherche',
      },
      source: { en: 'Écotech Québec', fr: 'Écotech Québec' },
      year: 2013,
    },
    {
      label: {
        en: 'Canada’s rank among the most attractive countries for cleantech companies',
        fr: 'Rang du Canada parmi les pays les plus attrayants pour les entreprises de technologies propres',
      },
      value: 7,
      unit: 'rank',
      display: {
        en: 'Canada is the 7th most attractive country for cleantech companies according to the World Wildlife Fund and international research firm Cleantech Group',
        fr: 'Le Canada est le 7e pays le plus attrayant pour les entreprises de technologies propres selon le Fonds mondial pour la nature (WWF) et la firme de recherche internationale Cleantech Group',
      },
      // The page names the ranking's authors; the year is that of the cluster's source line.
      source: {
        en: 'World Wildlife Fund and Cleantech Group',
        fr: 'Fonds mondial pour la nature (WWF) et Cleantech Group',
      },
      year: 2013,
    },
  ],
  highlights: [{ en: 'Favourable business climate', fr: 'Un climat d’affaires favorable' }],
  sectorBreakdown: {
    intro: {
      en: 'More than 450 innovative companies active in one or more of these sectors:',
      fr: 'Plus de 450 entreprises innovantes actives dans un ou plusieurs de ces secteurs :',
    },
    items: [
      { label: { en: 'Energy', fr: 'Énergie' }, share: 21 },
      { label: { en: 'Energy efficiency', fr: 'Efficacité énergétique' }, share: 19 },
      { label: { en: 'Water', fr: 'Eau' }, share: 18 },
      { label: { en: 'Waste', fr: 'Matières résiduelles' }, share: 17 },
      { label: { en: 'Green chemistry', fr: 'Chimie verte' }, share: 16 },
      { label: { en: 'Soil', fr: 'Sols' }, share: 15 },
      { label: { en: 'Air', fr: 'Air' }, share: 13 },
      { label: { en: 'Eco mobility', fr: 'Écomobilité' }, share: 3 },
    ],
  },
  leadersIntro: { en: 'Leaders in the sector:', fr: 'Chefs de file du secteur :' },
  leaders: [
    { slug: 'biothermica', name: 'Biothermica' },
    { slug: 'magnus', name: 'Magnus' },
    { slug: 'newalta', name: 'Newalta' },
    { slug: 'northex-environnement', name: 'Northex Environnement' },
    { slug: 'odotech', name: 'Odotech' },
    { slug: 'scl-element', name: 'SCL Element' },
    { slug: 'sonitec-vortisand', name: 'Sonitec-Vortisand' },
    { slug: 'volts', name: 'Volts' },
  ],
  sources: [{ text: { en: 'Écotech Québec', fr: 'Écotech Québec' }, year: 2013 }],
  links: [
    {
      label: {
        en: 'For more information, see the section on Clean technologies',
        fr: 'Pour en savoir plus, consultez la section sur les technologies propres',
      },
      url: 'https://www.montrealinternational.com/en/key-sectors/clean-technologies/',
    },
  ],
  quote: {
    text: {
      en: 'In our world, the key to success is innovation which allows more efficient use of energy and resources. We form a horizontal cluster that is well structured and recognized for its entrepreneurial dynamism. We have been invited to join the select International Cleantech Network group—a network aimed at multiplying business opportunities among the top-performing cleantech clusters.',
      fr: 'Dans notre univers, la clé du succès, c’est l’innovation, qui permet d’utiliser plus efficacement l’énergie et les ressources. Nous formons une grappe horizontale bien structurée et reconnue pour son dynamisme entrepreneurial. Nous avons été invités à nous joindre au groupe sélect de l’International Cleantech Network, un réseau qui vise à multiplier les occasions d’affaires entre les grappes de technologies propres les plus performantes.',
    },
    speakerName: 'Denis Leclerc',
    speakerTitle: {
      en: 'President and Chief Executive Officer',
      fr: 'Président et chef de la direction',
    },
  },
}
