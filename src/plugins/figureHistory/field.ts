import type { JSONField } from 'payload'

import { systemOnlyField } from '@/access/field/systemOnlyField'

export const FIGURE_HISTORY_FIELD = 'figureHistory'

/**
 * Where a document keeps its figures' history (src/plugins/figureHistory/series.ts). Hidden: no
 * REST, GraphQL or admin read returns it (lists stay as they were); `GET /api/<slug>/:id/figures/history`
 * answers it. No request may write it, and the server's hooks replace whatever a write carries.
 */
export const figureHistoryField: JSONField = {
  name: FIGURE_HISTORY_FIELD,
  type: 'json',
  label: { en: 'Figure history', fr: 'Historique des chiffres' },
  hidden: true,
  access: { create: systemOnlyField, update: systemOnlyField },
}
