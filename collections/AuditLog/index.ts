import type { CollectionConfig } from 'payload'

import { isAdmin, hiddenFromNonAdmins } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { auditActionLabels, auditActions } from '@/constants/audit'
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
      label: { en: 'When', fr: 'Date' },
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'action',
      type: 'select',
      label: { en: 'Action', fr: 'Action' },
      required: true,
      index: true,
      options: auditActions.map((value) => ({ value, label: auditActionLabels[value] })),
    },
    {
      name: 'collection',
      type: 'text',
      label: { en: 'Collection', fr: 'Collection' },
      index: true,
    },
    {
      name: 'documentId',
      type: 'text',
      label: { en: 'Document ID', fr: 'Identifiant du document' },
      index: true,
    },
    // A global has no id: its entries name the global instead of a collection and document.
    { name: 'global', type: 'text', label: { en: 'Global', fr: 'Global' }, index: true },
    { name: 'documentTitle', type: 'text', label: { en: 'Document', fr: 'Document' } },
    {
      name: 'user',
      type: 'relationship',
      relationTo: collectionSlugs.users,
      label: { en: 'User', fr: 'Utilisateur' },
    },
    {
      name: 'userEmail',
      type: 'text',
      label: { en: 'User e-mail', fr: 'Courriel de l’utilisateur' },
      index: true,
    },
    // The names of the changed fields (the API's list); the admin shows `changes` instead.
    {
      name: 'changedFields',
      type: 'json',
      label: { en: 'Changed fields', fr: 'Champs modifiés' },
      admin: { hidden: true },
    },
    {
      // Each changed field's value before and after, as text; shown as a table, not as JSON (Payload's
      // JSON field loads its code editor from a CDN).
      name: 'changes',
      type: 'json',
      label: { en: 'Changes', fr: 'Modifications' },
      admin: { components: { Field: '@/components/admin/AuditChanges#AuditChanges' } },
    },
    {
      name: 'summary',
      type: 'text',
      label: { en: 'Summary', fr: 'Résumé' },
      hooks: { afterRead: [summaryInReaderLanguage] },
    },
  ],
}
