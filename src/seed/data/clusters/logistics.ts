import type { SeedCluster, SeedOrganization } from '../../types'

export const cargoM: SeedOrganization = {
  slug: 'cargom',
  name: { en: 'CargoM', fr: 'CargoM' },
  kind: 'secretariat',
  region: 'greater_montreal',
  website: 'https://www.cargomontreal.com',
  description: {
    en: 'CargoM is Montréal’s logistics and transportation cluster, set up in December 2012 to promote the metropolitan region as a recognized and attractive multimodal platform.',
    fr: 'CargoM est la grappe métropolitaine de logistique et de transport de Montréal, créée en décembre 2012 pour faire valoir la région comme plateforme multimodale reconnue et attrayante.',
  },
}

export const logisticsTransportation: SeedCluster = {
  slug: 'logistics-transportation',
  name: { en: 'Logistics and transportation', fr: 'Logistique et transport' },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: cargoM.slug,
  summary: {
    en: 'A freight transportation hub strategically located in Eastern North America, Greater Montréal counts 62,000 logistics and transportation jobs at 4,000 establishments and offers a natural access point to Europe.',
    fr: 'Plaque tournante du transport de marchandises située stratégiquement dans l’est de l’Amérique du Nord, le Grand Montréal compte 62 000 emplois en logistique et transport dans 4 000 établissements et offre une porte d’entrée naturelle vers l’Europe.',
  },
  body: [
    {
      p: {
        en: 'Montréal’s logistics and transportation cluster, CargoM, was set up in December 2012 to promote the metropolitan region’s role as a recognized and attractive multi-modal platform.',
        fr: 'CargoM, la grappe de logistique et de transport de Montréal, a été créée en décembre 2012 pour promouvoir le rôle de la région métropolitaine comme plateforme multimodale reconnue et attrayante.',
      },
    },
    {
      p: {
        en: 'As a freight transportation hub strategically located in Eastern North America, Montréal boasts a high concentration of air, maritime, road and rail transportation companies and transit operations firms.',
        fr: 'Plaque tournante du transport de marchandises située stratégiquement dans l’est de l’Amérique du Nord, Montréal compte une forte concentration d’entreprises de transport aérien, maritime, routier et ferroviaire, ainsi que de transitaires.',
      },
    },
    {
      p: {
        en: 'The region is also home to top-notch expertise, experienced workers and specialized institutions such as the Interuniversity Research Centre on Enterprise Networks, Logistics and Transportation (CIRRELT), the Montréal International Logistics Institute and HEC Montréal’s Carrefour logistique.',
        fr: 'La région réunit aussi une expertise de pointe, une main-d’œuvre expérimentée et des établissements spécialisés comme le Centre interuniversitaire de recherche sur les réseaux d’entreprise, la logistique et le transport (CIRRELT), l’Institut international de logistique de Montréal et le Carrefour logistique de HEC Montréal.',
      },
    },
  ],
  figures: [
    {
      label: {
        en: 'Jobs in logistics and transportation',
        fr: 'Emplois en logistique et transport',
      },
      value: 62000,
      unit: 'jobs',
      display: { en: '62,000 jobs', fr: '62 000 emplois' },
      source: { en: 'Statistics Canada', fr: 'Statistique Canada' },
      year: 2013,
    },
    {
      label: {
        en: 'Logistics and transportation establishments',
        fr: 'Établissements en logistique et transport',
      },
      value: 4000,
      unit: 'establishments',
      display: { en: '4,000 establishments', fr: '4 000 établissements' },
      source: { en: 'Statistics Canada', fr: 'Statistique Canada' },
      year: 2013,
    },
    {
      label: { en: 'NAFTA consumers within reach', fr: 'Consommateurs de l’ALENA accessibles' },
      value: 460e6,
      unit: 'people',
      display: {
        en: 'Efficient infrastructure networks providing access to 460 million NAFTA consumers',
        fr: 'Des réseaux d’infrastructures efficaces qui donnent accès à 460 millions de consommateurs de l’ALENA',
      },
      source: { en: 'Statistics Canada', fr: 'Statistique Canada' },
      year: 2013,
    },
  ],
  highlights: [
    { en: 'A natural access point to Europe', fr: 'Une porte d’entrée naturelle vers l’Europe' },
  ],
  leaders: [
    { slug: 'air-canada', name: 'Air Canada' },
    { slug: 'canadian-national', name: 'Canadian National' },
    { slug: 'canadian-pacific', name: 'Canadian Pacific' },
    { slug: 'groupe-robert', name: 'Groupe Robert' },
    { slug: 'logistec', name: 'Logistec' },
    { slug: 'oceanex', name: 'Oceanex' },
    { slug: 'purolator', name: 'Purolator' },
    { slug: 'transforce', name: 'TransForce' },
    { slug: 'ups', name: 'UPS' },
  ],
  sources: [{ text: { en: 'Statistics Canada', fr: 'Statistique Canada' }, year: 2013 }],
  links: [
    {
      label: {
        en: 'For more information, see the section on logistics and transportation',
        fr: 'Pour en savoir plus, consultez la section sur la logistique et le transport',
      },
      url: 'https://www.montrealinternational.com/en/key-sectors/logistics-and-transportation/',
    },
  ],
  quote: {
    text: {
      en: 'Montréal offers numerous benefits that assure the region’s continued prosperity in this field: rapid intermodality, extensive seaway access providing economic and environmental advantages, proximity to the continent’s major markets, ease of access to other major markets, and know-how. We now need to strengthen ties and establish performance indicators for the sectors as a whole to promote our competitive advantages globally.',
      fr: 'Montréal offre de nombreux avantages qui assurent la prospérité continue de la région dans ce domaine : une intermodalité rapide, un vaste accès à la voie maritime qui procure des avantages économiques et environnementaux, la proximité des grands marchés du continent, un accès facile aux autres grands marchés, et le savoir-faire. Nous devons maintenant resserrer les liens et établir des indicateurs de performance pour l’ensemble des secteurs afin de faire valoir nos avantages concurrentiels à l’échelle mondiale.',
    },
    speakerName: 'Mathieu Charbonneau',
    speakerTitle: { en: 'Executive Director', fr: 'Directeur général' },
  },
}
