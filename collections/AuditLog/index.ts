import type { CollectionConfig } from 'payload'

import { isAdmin, hiddenFromNonAdmins } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { auditActions } from '@/constants/audit'
import { collectionSlugs } from '@/constants/slugs'

import { summaryInReaderLanguage } from './summaryInReaderLanguage'

/**
 * Who did what, when, to which document or global, and which fields changed. Written only by the audit
 * hooks (src/plugins/auditTrail); no API can create, change or delete an entry; admins read it.
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: collectionSlugs.auditLog,
  labels: {
    singular: { en: 'Audit entry', fr: 'Entrée du journal d’audit' },
    plural: { en: 'Audit trail', fr: 'Journal d’audit' },
  },
  access: {
    create: nobody,
    read: isAdmin,
    update: nobody,
    delete: nobody,
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'collection', 'global', 'documentTitle', 'userEmail'],
    group: { en: 'Administration', fr: 'Administration' },
    hidden: hiddenFromNonAdmins,
  },
  defaultSort: '-at',
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: auditActions.map((value) => ({ value, label: value })),
    },
    { name: 'collection', type: 'text', index: true },
    { name: 'documentId', type: 'text', index: true },
    // A global has no id: its entries name the global instead of a collection and document.
    { name: 'global', type: 'text', index: true },
    { name: 'documentTitle', type: 'text' },
    { name: 'user', type: 'relationship', relationTo: collectionSlugs.users },
    { name: 'userEmail', type: 'text', index: true },
    // The names of the changed fields (the API's list); the admin shows `changes` instead.
    { name: 'changedFields', type: 'json', admin: { hidden: true } },
    {
      // Each changed field's value before and after, as text; shown as a table, not as JSON (Payload's
      // JSON field loads its code editor from a CDN).
      name: 'changes',
      type: 'json',
      label: { en: 'Changes', fr: 'Modifications' },
      admin: { components: { Field: '@/components/admin/AuditChanges#AuditChanges' } },
    },
    { name: 'summary', type: 'text', hooks: { afterRead: [summaryInReaderLanguage] } },
  ],
}
