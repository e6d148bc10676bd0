import type { FeaturedPageSlug } from './navigation'

/*
 * The site's own words, in English and Canadian French. Content comes from Payload; this holds
 * only the interface: navigation, headings the editors do not write, and messages.
 */

export const locales = ['en', 'fr'] as const
export type Locale = (typeof locales)[number]

export const isLocale = (value: string | undefined): value is Locale =>
  value === 'en' || value === 'fr'

/** BCP 47 tags of the two audiences, used for `lang` and hreflang. */
export const localeTags: Record<Locale, string> = { en: 'en-CA', fr: 'fr-CA' }

export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'fr' : 'en')

const en = {
  siteName: 'Grappes',
  /** Between a label and its value ("Secretariat: Aéro Montréal"). */
  colon: ': ',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main navigation',
  breadcrumb: 'Breadcrumb',
  languageSwitch: 'Lire cette page en français',
  languageName: 'Français',
  languageShort: 'FR',
  nav: {
    clusters: 'Clusters',
    companies: 'Companies',
    stories: 'StarTech stories',
    ambassadors: 'Ambassadors',
  },
  featuredPages: {
    'montreal-ten-clusters': 'Montréal’s 10 clusters',
    'sherbrooke-key-sectors': 'Sherbrooke key sectors',
    'technopolys-movement': 'Technopolys',
  } satisfies Record<FeaturedPageSlug, string>,
  footer: {
    about:
      'Grappes presents Québec’s industrial clusters and regional key sectors, with the source and year of every figure.',
    sitemap: 'Site map',
  },
  home: {
    title: 'Québec’s innovation clusters',
    description:
      'Clusters of Greater Montréal and key sectors of Sherbrooke: key figures with their sources, secretariats’ words, leader companies, StarTech stories and ambassadors.',
    intro:
      'Industrial clusters bring together the companies, research centres and institutions of one sector around common goals. Grappes presents them with their key figures, the source and year of each, the words of their secretariats and their leader companies.',
    directoryHeading: 'Cluster directory',
    directoryLink: 'See every cluster',
    explore: 'Explore',
  },
  clusters: {
    title: 'Cluster directory',
    description:
      'Every published industrial cluster and regional key sector, by region, with its secretariat and key figures.',
    filterLabel: 'Filter by region',
    all: 'All regions',
    empty: 'No cluster is published in this region yet.',
    count: {
      cluster: (n: number) => (n === 1 ? '1 industrial cluster' : `${n} industrial clusters`),
      key_sector: (n: number) => (n === 1 ? '1 key sector' : `${n} key sectors`),
    },
    secretariat: 'Secretariat',
    keyFigures: 'Key figures',
    highlights: 'Highlights',
    sectorBreakdown: 'Sectors',
    secretariatWords: (organization: string) =>
      `A few words from the cluster secretariat ${organization}`,
    secretariatWordsUnnamed: 'A few words from the cluster secretariat',
    leaders: 'Leader companies',
    sources: 'Sources',
    links: 'Find out more',
  },
  companies: {
    title: 'Leader companies',
    description: 'The leader companies of Québec’s clusters, with the clusters they lead in.',
    leaderIn: 'Leader in',
    empty: 'No company is published yet.',
  },
  stories: {
    title: 'StarTech stories',
    description:
      'StarTech: companies and entrepreneurs of Québec’s technology industry, in their own words.',
    edition: 'Edition',
    publishedOn: 'Published on',
    interviewees: 'People interviewed',
    videoTitle: (title: string) => `Video: ${title}`,
    watchVideo: 'Watch the video',
    noVideoSupport: 'Your browser cannot play this video.',
    downloadVideo: 'Download the video',
    empty: 'No StarTech story is published yet.',
    all: 'All StarTech stories',
  },
  ambassadors: {
    title: 'Ambassadors',
    description: 'The leaders of Québec’s technology industry who carry the Technopolys movement.',
    empty: 'No ambassador is published yet.',
  },
  figure: {
    source: 'Source',
    year: 'Year',
    trend: 'Over the years',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist or is no longer published.',
    home: 'Go to the home page',
  },
  search: {
    label: 'Search the site',
    button: 'Search',
    title: 'Search',
    description:
      'Search the published clusters, companies, StarTech stories, ambassadors, pages and organizations, in English or French.',
    results: (count: number, q: string) =>
      count === 1 ? `1 result for “${q}”` : `${count} results for “${q}”`,
    empty: (q: string) => `Nothing published matches “${q}”.`,
    tooShort: 'Type from 2 to 200 characters.',
    kinds: {
      clusters: 'Cluster',
      companies: 'Company',
      stories: 'StarTech story',
      ambassadors: 'Ambassador',
      pages: 'Page',
      organizations: 'Organization',
    } as Record<string, string>,
  },
}

export type Dictionary = typeof en

const fr: Dictionary = {
  siteName: 'Grappes',
  // Canadian French puts a (non-breaking) space before a colon.
  colon: '\u00a0: ',
  skipToContent: 'Passer au contenu',
  mainNavigation: 'Navigation principale',
  breadcrumb: 'Fil d’Ariane',
  languageSwitch: 'Read this page in English',
  languageName: 'English',
  languageShort: 'EN',
  nav: {
    clusters: 'Grappes',
    companies: 'Entreprises',
    stories: 'Récits StarTech',
    ambassadors: 'Ambassadeurs',
  },
  featuredPages: {
    'montreal-ten-clusters': 'Les 10 grappes de Montréal',
    'sherbrooke-key-sectors': 'Secteurs clés de Sherbrooke',
    'technopolys-movement': 'Technopolys',
  },
  footer: {
    about:
      'Grappes présente les grappes industrielles et les secteurs clés régionaux du Québec, avec la source et l’année de chaque chiffre.',
    sitemap: 'Plan du site',
  },
  home: {
    title: 'Les grappes d’innovation du Québec',
    description:
      'Les grappes du Grand Montréal et les secteurs clés de Sherbrooke : chiffres clés et leurs sources, mots des secrétariats, entreprises chefs de file, récits StarTech et ambassadeurs.',
    intro:
      'Les grappes industrielles réunissent les entreprises, les centres de recherche et les établissements d’un même secteur autour d’objectifs communs. Grappes les présente avec leurs chiffres clés, la source et l’année de chacun, les mots de leurs secrétariats et leurs entreprises chefs de file.',
    directoryHeading: 'Répertoire des grappes',
    directoryLink: 'Voir toutes les grappes',
    explore: 'À découvrir',
  },
  clusters: {
    title: 'Répertoire des grappes',
    description:
      'Toutes les grappes industrielles et tous les secteurs clés régionaux publiés, par région, avec leur secrétariat et leurs chiffres clés.',
    filterLabel: 'Filtrer par région',
    all: 'Toutes les régions',
    empty: 'Aucune grappe n’est encore publiée dans cette région.',
    count: {
      cluster: (n: number) => (n <= 1 ? `${n} grappe industrielle` : `${n} grappes industrielles`),
      key_sector: (n: number) => (n <= 1 ? `${n} secteur clé` : `${n} secteurs clés`),
    },
    secretariat: 'Secrétariat',
    keyFigures: 'Chiffres clés',
    highlights: 'Faits saillants',
    sectorBreakdown: 'Secteurs',
    secretariatWords: (organization: string) =>
      `Quelques mots du secrétariat de la grappe ${organization}`,
    secretariatWordsUnnamed: 'Quelques mots du secrétariat de la grappe',
    leaders: 'Entreprises chefs de file',
    sources: 'Sources',
    links: 'Pour en savoir plus',
  },
  companies: {
    title: 'Entreprises chefs de file',
    description:
      'Les entreprises chefs de file des grappes du Québec, avec les grappes où elles se distinguent.',
    leaderIn: 'Chef de file en',
    empty: 'Aucune entreprise n’est encore publiée.',
  },
  stories: {
    title: 'Récits StarTech',
    description:
      'StarTech : des entreprises et des entrepreneurs de l’industrie technologique québécoise racontent leur parcours.',
    edition: 'Édition',
    publishedOn: 'Publié le',
    interviewees: 'Personnes interviewées',
    videoTitle: (title: string) => `Vidéo : ${title}`,
    watchVideo: 'Regarder la vidéo',
    noVideoSupport: 'Votre navigateur ne peut pas lire cette vidéo.',
    downloadVideo: 'Télécharger la vidéo',
    empty: 'Aucun récit StarTech n’est encore publié.',
    all: 'Tous les récits StarTech',
  },
  ambassadors: {
    title: 'Ambassadeurs',
    description:
      'Les leaders de l’industrie technologique québécoise qui portent le mouvement Technopolys.',
    empty: 'Aucun ambassadeur n’est encore publié.',
  },
  figure: {
    source: 'Source',
    year: 'Année',
    trend: 'Au fil des ans',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'Cette page n’existe pas ou n’est plus publiée.',
    home: 'Aller à l’accueil',
  },
  search: {
    label: 'Rechercher dans le site',
    button: 'Rechercher',
    title: 'Recherche',
    description:
      'Cherchez parmi les grappes, entreprises, récits StarTech, ambassadeurs, pages et organisations publiés, en français ou en anglais.',
    results: (count: number, q: string) =>
      count <= 1 ? `${count} résultat pour « ${q} »` : `${count} résultats pour « ${q} »`,
    empty: (q: string) => `Aucun contenu publié ne correspond à « ${q} ».`,
    tooShort: 'Tapez de 2 à 200 caractères.',
    kinds: {
      clusters: 'Grappe',
      companies: 'Entreprise',
      stories: 'Récit StarTech',
      ambassadors: 'Ambassadeur',
      pages: 'Page',
      organizations: 'Organisation',
    },
  },
}

const dictionaries: Record<Locale, Dictionary> = { en, fr }

export const dictionary = (locale: Locale): Dictionary => dictionaries[locale]
