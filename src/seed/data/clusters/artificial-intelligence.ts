import type { SeedCluster, SeedOrganization } from '../../types'

export const mila: SeedOrganization = {
  slug: 'mila',
  name: {
    en: 'Mila – Quebec Artificial Intelligence Institute',
    fr: 'Mila – Institut québécois d’intelligence artificielle',
  },
  kind: 'secretariat',
  region: 'greater_montreal',
  website: 'https://mila.quebec',
  description: {
    en: 'Mila – Quebec Artificial Intelligence Institute is a non-profit research institute in artificial intelligence, set up in 2017 through a collaboration between Université de Montréal and McGill University.',
    fr: 'Mila – Institut québécois d’intelligence artificielle est un institut de recherche sans but lucratif en intelligence artificielle, créé en 2017 grâce à une collaboration entre l’Université de Montréal et l’Université McGill.',
  },
}

export const artificialIntelligence: SeedCluster = {
  slug: 'artificial-intelligence',
  name: { en: 'Artificial intelligence', fr: 'Intelligence artificielle' },
  kind: 'cluster',
  region: 'greater_montreal',
  secretariat: mila.slug,
  summary: {
    en: 'Greater Montréal is a world leader in artificial intelligence. Mila – Quebec Artificial Intelligence Institute drives the cluster through training, academic research, technology transfer and social dialogue.',
    fr: 'Le Grand Montréal est un chef de file mondial en intelligence artificielle. Mila – Institut québécois d’intelligence artificielle anime la grappe par la formation, la recherche universitaire, le transfert technologique et le dialogue social.',
  },
  body: [
    {
      p: {
        en: 'The Mila – Quebec Artificial Intelligence Institute was set up in July 2017. This NPO is the result of collaboration between the Université de Montréal and McGill University and has close links with Polytechnique Montréal and HEC Montréal. Mila has a seasoned board of directors and has appointed Valérie Pisano as President and CEO and Yoshua Bengio as Scientific Director. Its new mission covers the following four components:',
        fr: 'Mila – Institut québécois d’intelligence artificielle a été créé en juillet 2017. Cet OBNL est issu d’une collaboration entre l’Université de Montréal et l’Université McGill, et il entretient des liens étroits avec Polytechnique Montréal et HEC Montréal. Mila s’est doté d’un conseil d’administration chevronné et a nommé Valérie Pisano présidente-directrice générale et Yoshua Bengio directeur scientifique. Sa nouvelle mission comporte les quatre volets suivants :',
      },
    },
    {
      ul: [
        { en: 'Training', fr: 'Formation' },
        { en: 'Academic research', fr: 'Recherche universitaire' },
        { en: 'Technology transfer', fr: 'Transfert technologique' },
        { en: 'Social dialogue', fr: 'Dialogue social' },
      ],
    },
  ],
  figures: [],
  highlights: [
    {
      en: 'Greater Montréal, world leader in artificial intelligence',
      fr: 'Le Grand Montréal, chef de file mondial en intelligence artificielle',
    },
  ],
  sources: [
    {
      text: {
        en: 'Gestion des données sur l’effectif universitaire (GDEU), KPMG analysis',
        fr: 'Gestion des données sur l’effectif universitaire (GDEU), analyse KPMG',
      },
    },
    { text: { en: 'TechnoMontréal', fr: 'TechnoMontréal' }, year: 2016 },
    {
      text: {
        en: 'Ministère de l’Éducation et de l’Enseignement supérieur, compiled by Montréal International',
        fr: 'Ministère de l’Éducation et de l’Enseignement supérieur, compilation Montréal International',
      },
      year: 2016,
    },
  ],
  links: [
    {
      label: {
        en: 'For more information, see the section on artificial intelligence',
        fr: 'Pour en savoir plus, consultez la section sur l’intelligence artificielle',
      },
      url: 'https://www.montrealinternational.com/en/key-sectors/artificial-intelligence/',
    },
  ],
}
