import type { SeedCluster, SeedOrganization } from '../../types'

const source = {
  en: 'Ministry of Economy, Science and Innovation',
  fr: 'Ministère de l’Économie, de la Science et de l’Innovation',
}

export const aeroMontreal: SeedOrganization = {
  slug: 'aero-montreal',
  name: { en: 'Aéro Montréal', fr: 'Aéro Montréal' },
  kind: 'secretariat',
  region: 'greater_montreal',
  website: 'https://www.aeromontreal.ca',
  description: {
    en: 'Aéro Montréal is the strategic forum of Québec’s aerospace cluster. It brings together companies, education and research institutions, associations and unions to strengthen the industry in Greater Montréal.',
    fr: 'Aéro Montréal est le forum stratégique de concertation de la grappe aérospatiale du Québec. Il réunit entreprises, établissements d’enseignement et de recherche, associations et syndicats pour renforcer l’industrie dans le Grand Montréal.',
  },
}

export const aerospace: SeedCluster = {
  slug: 'aerospace',
  name: { en: 'Aerospace', fr: 'Aérospatiale' },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: aeroMontreal.slug,
  summary: {
    en: 'Greater Montréal is home to almost all of Québec’s aerospace industry and ranks among the world’s three main aerospace centres, along with Seattle and Toulouse. Over 39,130 workers in 205 companies generate $15.5 billion in sales.',
    fr: 'Le Grand Montréal réunit la quasi-totalité de l’industrie aérospatiale québécoise et figure parmi les trois principaux pôles aérospatiaux du monde, avec Seattle et Toulouse. Plus de 39 130 travailleurs répartis dans 205 entreprises y génèrent des ventes de 15,5 milliards de dollars.',
  },
  body: [
    {
      p: {
        en: 'The Montréal metropolitan region comprises almost all of Québec’s aerospace industry. This represents a critical mass of businesses, universities and research centres—making Montréal one of the world’s three main aerospace centres, along with Seattle and Toulouse.',
        fr: 'La région métropolitaine de Montréal regroupe la quasi-totalité de l’industrie aérospatiale du Québec. Cette masse critique d’entreprises, d’universités et de centres de recherche fait de Montréal l’un des trois principaux pôles aérospatiaux du monde, avec Seattle et Toulouse.',
      },
    },
    {
      p: {
        en: 'Québec benefits from the presence of four prime contractors that invest massively in R&D. Around this critical mass gravitates more than 200 businesses that are recognized for their flexibility, innovativeness, and quality workforce — including some 15 international-caliber equipment manufacturers and integrators.',
        fr: 'Le Québec bénéficie de la présence de quatre maîtres d’œuvre qui investissent massivement en R-D. Autour de cette masse critique gravitent plus de 200 entreprises reconnues pour leur souplesse, leur esprit d’innovation et la qualité de leur main-d’œuvre, dont une quinzaine d’équipementiers et d’intégrateurs de calibre international.',
      },
    },
  ],
  figures: [
    {
      label: { en: 'Aerospace workers', fr: 'Travailleurs de l’aérospatiale' },
      value: 39130,
      unit: 'workers',
      display: {
        en: 'Over 39,130 highly qualified workers',
        fr: 'Plus de 39 130 travailleurs hautement qualifiés',
      },
      source,
      year: 2016,
    },
    {
      label: { en: 'Aerospace companies', fr: 'Entreprises de l’aérospatiale' },
      value: 205,
      unit: 'companies',
      display: { en: '205 companies', fr: '205 entreprises' },
      source,
      year: 2016,
    },
    {
      label: { en: 'Aerospace sales', fr: 'Ventes de l’industrie aérospatiale' },
      value: 15.5e9,
      unit: 'cad',
      display: { en: 'Sales of $15.5 billion', fr: 'Des ventes de 15,5 milliards de dollars' },
      source,
      year: 2016,
    },
    {
      label: {
        en: 'Average annual sales growth, 1991-2016',
        fr: 'Croissance annuelle moyenne des ventes, 1991-2016',
      },
      value: 5.2,
      unit: 'percent',
      display: {
        en: 'An average annual growth of 5.2% over the last 25 years (1991-2016)',
        fr: 'Une croissance annuelle moyenne de 5,2 % au cours des 25 dernières années (1991-2016)',
      },
      source,
      year: 2016,
    },
    {
      label: {
        en: 'Share of the Canadian aerospace workforce',
        fr: 'Part de la main-d’œuvre aérospatiale canadienne',
      },
      value: 45,
      unit: 'percent',
      display: {
        en: '45% of Canadian aerospace workforce',
        fr: '45 % de la main-d’œuvre aérospatiale canadienne',
      },
      source,
      year: 2016,
    },
    {
      label: {
        en: 'Share of Canadian aerospace R&D',
        fr: 'Part de la R-D aérospatiale canadienne',
      },
      value: 70,
      unit: 'percent',
      display: {
        en: '70% of all Canadian aerospace R&D',
        fr: '70 % de toute la R-D aérospatiale canadienne',
      },
      source,
      year: 2016,
    },
    {
      label: {
        en: 'Share of Canadian aerospace industry sales',
        fr: 'Part des ventes de l’industrie aérospatiale canadienne',
      },
      value: 52,
      unit: 'percent',
      display: {
        en: '52% of Canadian aerospace industry sales',
        fr: '52 % des ventes de l’industrie aérospatiale canadienne',
      },
      source,
      year: 2016,
    },
  ],
  highlights: [
    { en: 'Canada’s largest aerospace centre', fr: 'Le plus important pôle aérospatial au Canada' },
    {
      en: 'A financial aid program for strategic aerospace initiatives',
      fr: 'Un programme d’aide financière pour les initiatives stratégiques en aérospatiale',
    },
  ],
  leadersIntro: {
    en: 'Numerous leading international companies:',
    fr: 'De nombreuses entreprises internationales de premier plan :',
  },
  leaders: [
    {
      slug: 'bell-helicopter-textron',
      name: 'Bell Helicopter Textron',
      website: 'https://www.bellflight.com',
    },
    {
      slug: 'bombardier-aerospace',
      name: 'Bombardier Aerospace',
      website: 'https://bombardier.com',
    },
    { slug: 'pratt-whitney', name: 'Pratt & Whitney', website: 'https://www.prattwhitney.com' },
  ],
  sources: [{ text: source, year: 2016 }],
  links: [
    {
      label: {
        en: 'For more information, see the section on aerospace',
        fr: 'Pour en savoir plus, consultez la section sur l’aérospatiale',
      },
      url: 'https://www.montrealinternational.com/en/key-sectors/aerospace/',
    },
  ],
  quote: {
    text: {
      en: 'Aerospace has been part of Montréal’s DNA since aviation’s earliest days and this will never change. Today, our cluster boasts a concentration of businesses in a 30-km radius and outstanding links with educational institutions and the government. We are also fortunate to have key actors that are extremely well positioned at every step of the aerospace value chain. From design to maintenance and after-sales service, as well as manufacturing and final assembly, Québec’s aerospace industry comprises all critical aircraft lifecycle phases.',
      fr: 'L’aérospatiale fait partie de l’ADN de Montréal depuis les tout débuts de l’aviation, et cela ne changera jamais. Aujourd’hui, notre grappe se distingue par une concentration d’entreprises dans un rayon de 30 km et par des liens exceptionnels avec les établissements d’enseignement et le gouvernement. Nous avons aussi la chance de compter sur des acteurs clés extrêmement bien positionnés à chaque étape de la chaîne de valeur aérospatiale. De la conception à l’entretien et au service après-vente, en passant par la fabrication et l’assemblage final, l’industrie aérospatiale québécoise couvre toutes les phases critiques du cycle de vie d’un aéronef.',
    },
    speakerName: 'Suzanne M. Benoît',
    speakerTitle: { en: 'President, Aéro Montréal', fr: 'Présidente, Aéro Montréal' },
  },
}
