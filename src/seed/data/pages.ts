import type { SeedPage } from '../types'

const montrealInternationalUrl = 'https://www.montrealinternational.com/en/why-montreal'

const montrealTenClusters: SeedPage = {
  slug: 'montreal-ten-clusters',
  title: {
    en: '10 clusters of excellence in high-value sectors',
    fr: "10 grappes d'excellence dans des secteurs à haute valeur ajoutée",
  },
  summary: {
    en: "Greater Montréal's 10 industrial clusters, the secretariats that develop them and their key figures.",
    fr: 'Les 10 grappes industrielles du Grand Montréal, les secrétariats qui les développent et leurs chiffres clés.',
  },
  layout: [
    {
      blockType: 'richText',
      content: [
        {
          h3: {
            en: 'Industrial clusters with rallying projects for an innovative economy',
            fr: 'Des grappes industrielles aux projets mobilisateurs pour une économie innovante',
          },
        },
        {
          p: {
            en: '10 industrial clusters that bring together all the stakeholders in a given sector around common objectives and actions',
            fr: "10 grappes industrielles qui réunissent tous les acteurs d'un même secteur autour d'objectifs et d'actions communs",
          },
        },
        {
          ul: [
            {
              en: 'Strong concentration of world leaders, qualified workers and dedicated research centres',
              fr: "Forte concentration de leaders mondiaux, de main-d'œuvre qualifiée et de centres de recherche spécialisés",
            },
            {
              en: 'Numerous foreign investments and plenty of business opportunities',
              fr: "De nombreux investissements étrangers et d'abondantes occasions d'affaires",
            },
          ],
        },
      ],
    },
    // The third bullet ("20% of total metropolitan region employment, or more than 400,000 jobs")
    // is held by the figure group.
    { blockType: 'figures', ecosystemGroup: 'greater-montreal-clusters' },
    {
      blockType: 'richText',
      content: [
        {
          p: {
            en: 'Secretariats, the organizations dedicated to developing the clusters, support businesses in various ways, such as:',
            fr: 'Les secrétariats, ces organismes voués au développement des grappes, soutiennent les entreprises de diverses façons, notamment :',
          },
        },
        {
          ul: [
            {
              en: 'By providing forums to discuss common issues',
              fr: "En offrant des lieux d'échange sur des enjeux communs",
            },
            {
              en: 'By enabling key industry stakeholders to mobilize for major projects',
              fr: "En permettant aux principaux acteurs de l'industrie de se mobiliser autour de grands projets",
            },
          ],
        },
      ],
    },
    { blockType: 'clusterGrid', region: 'greater_montreal', kind: 'cluster' },
    {
      blockType: 'callToAction',
      heading: { en: 'Find out more :', fr: 'Pour en savoir plus :' },
      links: [
        {
          label: {
            en: 'The commercial power : Direct access to the North American market',
            fr: 'Le pouvoir commercial : un accès direct au marché nord-américain',
          },
          url: `${montrealInternationalUrl}/commercial-power/`,
        },
        {
          label: {
            en: 'The power of human capital : A pool of highly qualified workers',
            fr: "Le pouvoir du capital humain : un bassin de main-d'œuvre hautement qualifiée",
          },
          url: `${montrealInternationalUrl}/human-capital/`,
        },
        {
          label: {
            en: 'The economic power : The most competitive operating costs in North America',
            fr: "Le pouvoir économique : les coûts d'exploitation les plus concurrentiels en Amérique du Nord",
          },
          url: `${montrealInternationalUrl}/economic-power/`,
        },
        {
          label: {
            en: 'The financial power : attractive tax treatment and tailor-made incentives',
            fr: 'Le pouvoir financier : une fiscalité attrayante et des incitatifs sur mesure',
          },
          url: `${montrealInternationalUrl}/financial-power/`,
        },
        {
          label: {
            en: "The power to attract the best : One of the world's top 10 hip cities",
            fr: "Le pouvoir d'attirer les meilleurs : l'une des 10 villes les plus branchées au monde",
          },
          url: `${montrealInternationalUrl}/quality-of-life/`,
        },
        {
          label: { en: 'The power to help you', fr: 'Le pouvoir de vous aider' },
          url: 'https://www.montrealinternational.com/en/services/',
        },
      ],
    },
  ],
}

const sherbrookeKeySectors: SeedPage = {
  slug: 'sherbrooke-key-sectors',
  title: { en: 'Explore our key sectors', fr: 'Explorez nos secteurs clés' },
  summary: {
    en: 'The five Sherbrooke industrial sectors targeted by Sherbrooke Innopole.',
    fr: 'Les cinq secteurs industriels sherbrookois ciblés par Sherbrooke Innopole.',
  },
  layout: [
    {
      blockType: 'richText',
      content: [
        {
          p: {
            en: 'Five Sherbrooke industrial sectors have been targeted by Sherbrooke Innopole based on critical mass in research and related number of industries and jobs: Life Sciences, Cleantech, Micro-nanotechnologies, Information and Communication Technologies (ICT) and Advanced Manufacturing. Competencies and expertise related to these sectors earmark Sherbrooke and give it an enormous innovation and technology transfer, economic development, job creation and wealth appreciation potential. These five key sectors have municipal, provincial and federal access to financing.',
            fr: "Sherbrooke Innopole a ciblé cinq secteurs industriels sherbrookois en fonction de la masse critique en recherche ainsi que du nombre d'entreprises et d'emplois qui s'y rattachent : les sciences de la vie, les technologies propres, les micro-nanotechnologies, les technologies de l'information et des communications (TIC) et la fabrication avancée. Les compétences et l'expertise propres à ces secteurs distinguent Sherbrooke et lui confèrent un énorme potentiel d'innovation et de transfert technologique, de développement économique, de création d'emplois et de création de richesse. Ces cinq secteurs clés ont accès à du financement municipal, provincial et fédéral.",
          },
        },
      ],
    },
    { blockType: 'clusterGrid', region: 'sherbrooke', kind: 'key_sector' },
  ],
}

const technopolysMovement: SeedPage = {
  slug: 'technopolys-movement',
  title: {
    en: "The Greatest Promotional Movement Of Quebec's Technology Industry",
    fr: "Le plus grand mouvement de promotion de l'industrie technologique québécoise",
  },
  summary: {
    en: "Technopolys, the movement that promotes Québec's technology industry: key figures, ambassadors and programs.",
    fr: "Technopolys, le mouvement de promotion de l'industrie technologique québécoise : chiffres clés, ambassadeurs et programmes.",
  },
  layout: [
    {
      blockType: 'richText',
      content: [
        {
          p: {
            en: "Initiated by TechnoMontréal, Technopolys draws on the sense of pride within the industry. It aims to increase knowledge about its contribution to the economy, the innovation ecosystem and citizens' quality of life; promote entrepreneurship, technology careers and the teaching programs that lead to them; as well as increase international recognition of Québec as a digital innovation hub.",
            fr: "Lancé par TechnoMontréal, Technopolys mise sur le sentiment de fierté au sein de l'industrie. Le mouvement vise à faire mieux connaître sa contribution à l'économie, à l'écosystème d'innovation et à la qualité de vie des citoyens; à promouvoir l'entrepreneuriat, les carrières technologiques et les programmes de formation qui y mènent; ainsi qu'à accroître la reconnaissance internationale du Québec comme pôle d'innovation numérique.",
          },
        },
        {
          p: {
            en: 'Leveraging our pride in this high growth industry and its amazing teamwork, the Technopolys strategy is now supported by 350 partner companies and organizations. This unprecedented mobilization shows the extraordinary impact of the vibrant ecosystem that is the Québec technology industry.',
            fr: "Misant sur notre fierté à l'égard de cette industrie en forte croissance et de son formidable esprit d'équipe, la stratégie Technopolys est maintenant appuyée par 350 entreprises et organisations partenaires. Cette mobilisation sans précédent témoigne de l'impact extraordinaire de l'écosystème dynamique qu'est l'industrie technologique québécoise.",
          },
        },
      ],
    },
    {
      blockType: 'figures',
      heading: {
        en: 'Québec: at the heart of the digital revolution',
        fr: 'Le Québec au cœur de la révolution numérique',
      },
      intro: {
        en: 'According to the 2018 ICT Industry Workforce Analysis issued by TECHNOCompétences, this sector, that is comprised of our universities, college networks, and specialized schools; research centres; governments; 7,530 companies; and 210,000 IT professionals, generates $31.8B in revenue. A driving force for job creation, the growth of the technology industry in 2017 was three times faster than for the rest of the Québec economy, with $16.1B; its GDP increased twice as quickly as for the overall economy; it received $860M in venture capital investment, i.e. 65% of all dollars invested in Québec.',
        fr: "Selon le Diagnostic 2018 de la main-d'œuvre de l'industrie des TIC publié par TECHNOCompétences, ce secteur, qui regroupe nos universités, nos réseaux collégiaux et nos écoles spécialisées, des centres de recherche, les gouvernements, 7 530 entreprises et 210 000 professionnels des TI, génère des revenus de 31,8 G$. Véritable moteur de création d'emplois, l'industrie technologique a connu en 2017 une croissance trois fois plus rapide que le reste de l'économie québécoise, avec 16,1 G$; son PIB a augmenté deux fois plus vite que celui de l'ensemble de l'économie; elle a reçu 860 M$ en investissements de capital de risque, soit 65 % de tous les dollars investis au Québec.",
      },
      ecosystemGroup: 'quebec-tech-industry',
    },
    {
      blockType: 'figures',
      heading: {
        en: 'Montréal, a digital metropolis with a multitude of thriving startups',
        fr: 'Montréal, une métropole numérique où foisonnent les jeunes pousses',
      },
      intro: {
        en: "Based on a 2016 report, Montréal's startup ecosystem includes:",
        fr: "Selon un rapport de 2016, l'écosystème des jeunes pousses de Montréal compte :",
      },
      ecosystemGroup: 'montreal-startups',
    },
    { blockType: 'quote', quote: { speakerName: 'Isabelle Bettez' } },
    {
      blockType: 'ambassadorList',
      heading: {
        en: 'The Technopolys movement is embodied by the leaders of our industry',
        fr: 'Le mouvement Technopolys est incarné par les leaders de notre industrie',
      },
      intro: {
        en: 'Technopolys ambassadors are calling upon their respective networks to ensure the growth of the movement and to promote the industry in Québec and around the world:',
        fr: "Les ambassadeurs de Technopolys font appel à leurs réseaux respectifs pour assurer la croissance du mouvement et promouvoir l'industrie au Québec et partout dans le monde :",
      },
      outro: {
        en: 'The Technopolys network of ambassadors is growing and should reach the 100 mark soon, with a strong team of leaders committed to the movement throughout Québec and abroad.',
        fr: "Le réseau d'ambassadeurs de Technopolys s'agrandit et devrait bientôt atteindre la centaine, grâce à une solide équipe de leaders engagés dans le mouvement partout au Québec et à l'étranger.",
      },
    },
    {
      blockType: 'richText',
      content: [
        { h3: { en: 'StarTech', fr: 'StarTech' } },
        {
          p: {
            en: "As part of our promotional efforts for Québec technology, a series of articles was published online to showcase companies and entrepreneurs from the industry, as well as promote their achievements. Through the StarTech program, Technopolys met with a number of leaders in 2017-2018, telling each of their fascinating stories to Quebecers. StarTech Videos were launched in November 2018, featuring a new lineup of companies, with CEO interviews and an overview of the organizations' activities and culture.",
            fr: "Dans le cadre de nos efforts de promotion de la technologie québécoise, une série d'articles a été publiée en ligne pour faire connaître des entreprises et des entrepreneurs de l'industrie ainsi que leurs réalisations. Grâce au programme StarTech, Technopolys a rencontré plusieurs leaders en 2017-2018 et a raconté aux Québécois le parcours fascinant de chacun. Les vidéos StarTech ont été lancées en novembre 2018 : elles présentent une nouvelle brochette d'entreprises, avec des entrevues de PDG et un survol des activités et de la culture de ces organisations.",
          },
        },
      ],
    },
    { blockType: 'storyList', edition: '2017-2018' },
    {
      blockType: 'richText',
      content: [
        { h3: { en: 'Women and Technology', fr: 'Femmes et technologie' } },
        {
          p: {
            en: 'The greater the diversity within the ecosystem, the stronger it will be on the world stage, especially considering the major challenge the talent race currently poses for many tech companies and those that are using technology as part of their growth strategy.',
            fr: "Plus l'écosystème sera diversifié, plus il sera fort sur la scène mondiale, surtout compte tenu du défi de taille que pose actuellement la course aux talents pour de nombreuses entreprises technologiques et pour celles qui misent sur la technologie dans leur stratégie de croissance.",
          },
        },
        {
          p: {
            en: 'The Technopolys movement, therefore, speaks to women, encouraging them to choose careers in technology sectors and to take on key roles, and it is targeting young girls, the leaders of the future.',
            fr: "Le mouvement Technopolys s'adresse donc aux femmes, en les encourageant à choisir une carrière dans les secteurs technologiques et à y jouer des rôles clés, et il cible les jeunes filles, les leaders de demain.",
          },
        },
      ],
    },
  ],
}

export const pages: SeedPage[] = [montrealTenClusters, sherbrookeKeySectors, technopolysMovement]
