import type {
  Localized,
  SeedAmbassador,
  SeedFigureGroup,
  SeedOrganization,
  SeedQuote,
} from '../types'

export const technopolys: SeedOrganization = {
  slug: 'technopolys',
  name: { en: 'Technopolys', fr: 'Technopolys' },
  kind: 'movement',
  region: 'quebec',
  description: {
    en: "Initiated by TechnoMontréal, Technopolys draws on the sense of pride within the industry. It aims to increase knowledge about its contribution to the economy, the innovation ecosystem and citizens' quality of life; promote entrepreneurship, technology careers and the teaching programs that lead to them; as well as increase international recognition of Québec as a digital innovation hub.",
    fr: "Lancé par TechnoMontréal, Technopolys mise sur le sentiment de fierté au sein de l'industrie. Le mouvement vise à faire mieux connaître sa contribution à l'économie, à l'écosystème d'innovation et à la qualité de vie des citoyens; à promouvoir l'entrepreneuriat, les carrières technologiques et les programmes de formation qui y mènent; ainsi qu'à accroître la reconnaissance internationale du Québec comme pôle d'innovation numérique.",
  },
  figures: [
    {
      label: {
        en: 'Partner companies and organizations',
        fr: 'Entreprises et organisations partenaires',
      },
      value: 350,
      unit: 'organizations',
      display: {
        en: '350 partner companies and organizations',
        fr: '350 entreprises et organisations partenaires',
      },
    },
  ],
  programs: [
    {
      slug: 'startech',
      name: { en: 'StarTech', fr: 'StarTech' },
      summary: {
        en: "As part of our promotional efforts for Québec technology, a series of articles was published online to showcase companies and entrepreneurs from the industry, as well as promote their achievements. Through the StarTech program, Technopolys met with a number of leaders in 2017-2018, telling each of their fascinating stories to Quebecers. StarTech Videos were launched in November 2018, featuring a new lineup of companies, with CEO interviews and an overview of the organizations' activities and culture.",
        fr: "Dans le cadre de nos efforts de promotion de la technologie québécoise, une série d'articles a été publiée en ligne pour faire connaître des entreprises et des entrepreneurs de l'industrie ainsi que leurs réalisations. Grâce au programme StarTech, Technopolys a rencontré plusieurs leaders en 2017-2018 et a raconté aux Québécois le parcours fascinant de chacun. Les vidéos StarTech ont été lancées en novembre 2018 : elles présentent une nouvelle brochette d'entreprises, avec des entrevues de PDG et un survol des activités et de la culture de ces organisations.",
      },
    },
    {
      slug: 'women-and-technology',
      name: { en: 'Women and Technology', fr: 'Femmes et technologie' },
      summary: {
        en: 'The greater the diversity within the ecosystem, the stronger it will be on the world stage, especially considering the major challenge the talent race currently poses for many tech companies and those that are using technology as part of their growth strategy.\n\nThe Technopolys movement, therefore, speaks to women, encouraging them to choose careers in technology sectors and to take on key roles, and it is targeting young girls, the leaders of the future.',
        fr: "Plus l'écosystème sera diversifié, plus il sera fort sur la scène mondiale, surtout compte tenu du défi de taille que pose actuellement la course aux talents pour de nombreuses entreprises technologiques et pour celles qui misent sur la technologie dans leur stratégie de croissance.\n\nLe mouvement Technopolys s'adresse donc aux femmes, en les encourageant à choisir une carrière dans les secteurs technologiques et à y jouer des rôles clés, et il cible les jeunes filles, les leaders de demain.",
      },
    },
  ],
}

export const montrealInternational: SeedOrganization = {
  slug: 'montreal-international',
  name: { en: 'Montréal International', fr: 'Montréal International' },
  kind: 'regional_agency',
  region: 'greater_montreal',
  website: 'https://www.montrealinternational.com',
  description: {
    en: "Greater Montréal's economic promotion agency, which presents the metropolitan region's 10 industrial clusters of excellence in high-value sectors to investors and businesses.",
    fr: "Agence de promotion économique du Grand Montréal, qui présente aux investisseurs et aux entreprises les 10 grappes industrielles d'excellence de la région métropolitaine dans des secteurs à haute valeur ajoutée.",
  },
}

const technoCompetencesSource: Localized = {
  en: '2018 ICT Industry Workforce Analysis, TECHNOCompétences',
  fr: "Diagnostic 2018 de la main-d'œuvre de l'industrie des TIC, TECHNOCompétences",
}

const startupsSource: Localized = { en: '2016 report', fr: 'Rapport de 2016' }

export const ecosystemFigureGroups: SeedFigureGroup[] = [
  {
    key: 'greater-montreal-clusters',
    title: {
      en: "Greater Montréal's 10 industrial clusters",
      fr: 'Les 10 grappes industrielles du Grand Montréal',
    },
    figures: [
      {
        label: { en: 'Industrial clusters', fr: 'Grappes industrielles' },
        value: 10,
        unit: 'count',
        display: { en: '10 industrial clusters', fr: '10 grappes industrielles' },
      },
      {
        label: {
          en: 'Share of total metropolitan region employment',
          fr: "Part de l'emploi total de la région métropolitaine",
        },
        value: 20,
        unit: 'percent',
        display: {
          en: '20% of total metropolitan region employment',
          fr: "20 % de l'emploi total de la région métropolitaine",
        },
      },
      {
        label: { en: 'Jobs in the clusters', fr: 'Emplois dans les grappes' },
        value: 400000,
        unit: 'jobs',
        display: { en: 'More than 400,000 jobs', fr: 'Plus de 400 000 emplois' },
      },
    ],
  },
  {
    key: 'quebec-tech-industry',
    title: {
      en: 'Québec: at the heart of the digital revolution',
      fr: 'Le Québec au cœur de la révolution numérique',
    },
    figures: [
      {
        label: { en: 'Technology companies', fr: 'Entreprises technologiques' },
        value: 7530,
        unit: 'companies',
        display: { en: '7,530 companies', fr: '7 530 entreprises' },
        source: technoCompetencesSource,
        year: 2018,
      },
      {
        label: { en: 'IT professionals', fr: 'Professionnels des TI' },
        value: 210000,
        unit: 'workers',
        display: { en: '210,000 IT professionals', fr: '210 000 professionnels des TI' },
        source: technoCompetencesSource,
        year: 2018,
      },
      {
        label: { en: 'Revenue of the sector', fr: 'Revenus du secteur' },
        value: 31.8e9,
        unit: 'cad',
        display: { en: '$31.8B in revenue', fr: '31,8 G$ de revenus' },
        source: technoCompetencesSource,
        year: 2018,
      },
      {
        label: {
          en: 'Growth of the technology industry in 2017 compared with the rest of the Québec economy',
          fr: "Croissance de l'industrie technologique en 2017 par rapport au reste de l'économie québécoise",
        },
        value: 3,
        unit: 'count',
        display: {
          en: 'Growth three times faster than for the rest of the Québec economy in 2017',
          fr: "Une croissance trois fois plus rapide que celle du reste de l'économie québécoise en 2017",
        },
        source: technoCompetencesSource,
        year: 2018,
      },
      {
        label: {
          en: 'Growth of the technology industry in 2017',
          fr: "Croissance de l'industrie technologique en 2017",
        },
        value: 16.1e9,
        unit: 'cad',
        display: { en: '$16.1B', fr: '16,1 G$' },
        source: technoCompetencesSource,
        year: 2018,
      },
      {
        label: {
          en: 'GDP growth compared with the overall economy',
          fr: "Croissance du PIB par rapport à l'ensemble de l'économie",
        },
        value: 2,
        unit: 'count',
        display: {
          en: 'GDP increased twice as quickly as for the overall economy',
          fr: "Un PIB qui a augmenté deux fois plus vite que celui de l'ensemble de l'économie",
        },
        source: technoCompetencesSource,
        year: 2018,
      },
      {
        label: { en: 'Venture capital investment', fr: 'Investissements en capital de risque' },
        value: 860e6,
        unit: 'cad',
        display: {
          en: '$860M in venture capital investment',
          fr: '860 M$ en investissements de capital de risque',
        },
        source: technoCompetencesSource,
        year: 2018,
      },
      {
        label: {
          en: 'Share of all venture capital dollars invested in Québec',
          fr: 'Part de tout le capital de risque investi au Québec',
        },
        value: 65,
        unit: 'percent',
        display: {
          en: '65% of all dollars invested in Québec',
          fr: '65 % de tous les dollars investis au Québec',
        },
        source: technoCompetencesSource,
        year: 2018,
      },
    ],
  },
  {
    key: 'montreal-startups',
    title: {
      en: 'Montréal, a digital metropolis with a multitude of thriving startups',
      fr: 'Montréal, une métropole numérique où foisonnent les jeunes pousses',
    },
    figures: [
      {
        label: { en: 'Startups', fr: 'Jeunes pousses' },
        value: 1800,
        unit: 'companies',
        display: { en: '1,800 to 2,600 startups', fr: 'De 1 800 à 2 600 jeunes pousses' },
        source: startupsSource,
        year: 2016,
      },
      {
        label: { en: 'GDP of the startup ecosystem', fr: "PIB de l'écosystème des jeunes pousses" },
        value: 382.4e6,
        unit: 'cad',
        display: { en: 'A $382.4M GDP', fr: 'Un PIB de 382,4 M$' },
        source: startupsSource,
        year: 2016,
      },
      {
        label: { en: 'Invested funds', fr: 'Fonds investis' },
        value: 360e6,
        unit: 'cad',
        display: { en: '$360M in invested funds', fr: '360 M$ en fonds investis' },
        source: startupsSource,
        year: 2016,
      },
      {
        label: { en: 'Startup employees', fr: 'Employés des jeunes pousses' },
        value: 8000,
        unit: 'workers',
        display: { en: '8,000 employees', fr: '8 000 employés' },
        source: startupsSource,
        year: 2016,
      },
      {
        label: {
          en: 'Share of startup employees born in other countries',
          fr: "Part des employés des jeunes pousses nés à l'étranger",
        },
        value: 41,
        unit: 'percent',
        display: {
          en: 'Including 41% who are born in other countries',
          fr: "Dont 41 % sont nés à l'étranger",
        },
        source: startupsSource,
        year: 2016,
      },
      {
        label: {
          en: 'Rank in North America for the number of Living Labs',
          fr: 'Rang en Amérique du Nord pour le nombre de laboratoires vivants',
        },
        value: 1,
        unit: 'rank',
        display: {
          en: 'The highest number of Living Labs in North America',
          fr: 'Le plus grand nombre de laboratoires vivants (Living Labs) en Amérique du Nord',
        },
        source: startupsSource,
        year: 2016,
      },
    ],
  },
]

const bettezQuoteText: Localized = {
  en: "We are extremely creative in Québec! Sometimes we joke, suggesting there must be something in the water here… We have a good reputation, we're well recognized on the international front for our vision and our innovative solutions. Naturally, we must come together, instead of working in silos. When you have common challenges, you're stronger as a team to convey a message. A single voice to build a powerful Québec brand!",
  fr: "On est extrêmement créatifs au Québec! Parfois, on blague en disant qu'il doit y avoir quelque chose dans l'eau ici… On a une bonne réputation, on est bien reconnus sur la scène internationale pour notre vision et nos solutions novatrices. Évidemment, il faut se rassembler au lieu de travailler en silo. Quand on a des défis communs, on est plus forts en équipe pour porter un message. Une seule voix pour bâtir une marque Québec forte!",
}

export const bettezQuote: SeedQuote = {
  text: bettezQuoteText,
  speakerName: 'Isabelle Bettez',
  speakerTitle: {
    en: '8D Technologies Co-Founder and Technopolys ambassador',
    fr: 'Cofondatrice de 8D Technologies et ambassadrice de Technopolys',
  },
  organization: 'technopolys',
}

export const technopolysAmbassadors: SeedAmbassador[] = [
  {
    name: 'Sylvain Carle',
    role: { en: 'Partner, Real Ventures', fr: 'Associé, Real Ventures' },
    organization: 'technopolys',
    order: 1,
  },
  {
    name: 'Yoshua Bengio',
    role: {
      en: 'Scientific Director – Quebec Artificial Intelligence Institute (Mila)',
      fr: "Directeur scientifique – Institut québécois d'intelligence artificielle (Mila)",
    },
    organization: 'technopolys',
    order: 2,
  },
  {
    name: 'Isabelle Bettez',
    role: {
      en: 'Co-Founder of 8D Technologies and Board Member, Motivate',
      fr: "Cofondatrice de 8D Technologies et membre du conseil d'administration de Motivate",
    },
    organization: 'technopolys',
    order: 3,
    quote: bettezQuoteText,
  },
  {
    name: 'Louis-Philippe Maurice',
    role: {
      en: 'Busbud Co-founder and CEO',
      fr: 'Cofondateur et président-directeur général de Busbud',
    },
    organization: 'technopolys',
    order: 4,
  },
  {
    name: 'Serge Godin',
    role: {
      en: 'CGI Founder and Executive Chairman of the Board',
      fr: 'Fondateur et président exécutif du conseil de CGI',
    },
    organization: 'technopolys',
    order: 5,
  },
]
