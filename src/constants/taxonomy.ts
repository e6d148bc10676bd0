/**
 * Closed vocabularies shared by fields, seed data and front ends. Values use underscores, not
 * dashes, so that REST and GraphQL (whose enums cannot hold a dash) spell them the same way.
 */
type Option<V extends string> = { value: V; label: { en: string; fr: string } }

export const regions = [
  { value: 'greater_montreal', label: { en: 'Greater Montréal', fr: 'Grand Montréal' } },
  { value: 'sherbrooke', label: { en: 'Sherbrooke', fr: 'Sherbrooke' } },
  {
    value: 'quebec',
    label: { en: 'Québec (province-wide)', fr: 'Québec (ensemble de la province)' },
  },
] as const satisfies readonly Option<string>[]
export type Region = (typeof regions)[number]['value']

export const clusterKinds = [
  { value: 'cluster', label: { en: 'Industrial cluster', fr: 'Grappe industrielle' } },
  { value: 'key_sector', label: { en: 'Regional key sector', fr: 'Secteur clé régional' } },
] as const satisfies readonly Option<string>[]
export type ClusterKind = (typeof clusterKinds)[number]['value']

export const organizationKinds = [
  { value: 'secretariat', label: { en: 'Cluster secretariat', fr: 'Secrétariat de grappe' } },
  { value: 'regional_agency', label: { en: 'Regional agency', fr: 'Agence régionale' } },
  { value: 'movement', label: { en: 'Movement', fr: 'Mouvement' } },
  { value: 'other', label: { en: 'Other', fr: 'Autre' } },
] as const satisfies readonly Option<string>[]
export type OrganizationKind = (typeof organizationKinds)[number]['value']

export const figureUnits = [
  { value: 'jobs', label: { en: 'Jobs', fr: 'Emplois' } },
  { value: 'workers', label: { en: 'Workers', fr: 'Travailleurs' } },
  { value: 'companies', label: { en: 'Companies', fr: 'Entreprises' } },
  { value: 'establishments', label: { en: 'Establishments', fr: 'Établissements' } },
  { value: 'organizations', label: { en: 'Organizations', fr: 'Organisations' } },
  { value: 'researchers', label: { en: 'Researchers', fr: 'Chercheurs' } },
  { value: 'people', label: { en: 'People', fr: 'Personnes' } },
  { value: 'cad', label: { en: 'Canadian dollars', fr: 'Dollars canadiens' } },
  { value: 'percent', label: { en: 'Percent', fr: 'Pour cent' } },
  { value: 'tonnes', label: { en: 'Metric tonnes', fr: 'Tonnes métriques' } },
  { value: 'rank', label: { en: 'Rank', fr: 'Rang' } },
  { value: 'count', label: { en: 'Count', fr: 'Nombre' } },
] as const satisfies readonly Option<string>[]
export type FigureUnit = (typeof figureUnits)[number]['value']

/** Figures older than this many years are flagged in the admin. */
export const FIGURE_MAX_AGE_YEARS = 5
