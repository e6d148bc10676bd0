import type { PayloadRequest } from 'payload'

/**
 * Grappes' own error messages, in both languages of the admin. They are registered as Payload
 * translations (namespace `grappes`), so `req.t` answers in the reader's language: the admin's
 * language cookie, `Accept-Language`, or `?locale=fr` (see `src/plugins/strictWrites`).
 */
export const messages = {
  en: {
    reviewSecretariatSubmits:
      'A secretariat submits changes for review; communications decides on them.',
    reviewCommentRequired: 'Say what should change: the comment goes to the secretariat.',
    passwordTooShort: 'Use at least {{count}} characters: a short sentence works well.',
    passwordCommon: 'This password is on a list of common passwords: choose another one.',
    relationMissing: 'No {{collection}} document has the id {{ids}}.',
    notANumber: 'Enter a number, e.g. 39130.',
    secretariatNeedsCluster: 'Choose at least one of your clusters.',
    secretariatOwnClustersOnly: 'A secretariat can only link to its own organization’s clusters.',
    fileTooLarge: 'The file is larger than {{size}}. Upload a smaller file.',
    expectedText: 'Expected text.',
    expectedNumber: 'Expected a number.',
    expectedBoolean: 'Expected true or false.',
    expectedDate: 'Expected a date, e.g. 2026-03-31.',
    expectedRows: 'Expected a list of rows.',
    expectedRow: 'Expected a row: an object of fields.',
    expectedGroup: 'Expected a group: an object of fields.',
    expectedRelation: 'Expected the id of a document.',
    expectedPoint: 'Expected a point: [longitude, latitude].',
    expectedRichText:
      'Expected a rich text document: a root node of type "root" whose children are nodes with a type.',
    invalidOption: 'This field has an invalid selection: {{value}}.',
    unknownBlock: 'Unknown block type: {{blockType}}.',
    tooManyRows: 'At most {{count}} rows; this list has {{length}}.',
    slugRequired: 'A slug is required: give one, or fill in the field it is made from.',
    slugPattern: 'Use lowercase letters, digits and single dashes (e.g. "aero-montreal").',
  },
  fr: {
    reviewSecretariatSubmits:
      'Un secrétariat soumet ses modifications pour révision; les communications en décident.',
    reviewCommentRequired:
      'Dites ce qui doit changer : le commentaire est transmis au secrétariat.',
    passwordTooShort: 'Utilisez au moins {{count}} caractères : une courte phrase fait l’affaire.',
    passwordCommon:
      'Ce mot de passe figure sur une liste de mots de passe courants : choisissez-en un autre.',
    relationMissing: 'Aucun document de {{collection}} n’a l’identifiant {{ids}}.',
    notANumber: 'Entrez un nombre, par exemple 39130.',
    secretariatNeedsCluster: 'Choisissez au moins une de vos grappes.',
    secretariatOwnClustersOnly:
      'Un secrétariat ne peut lier que les grappes de sa propre organisation.',
    fileTooLarge: 'Le fichier dépasse {{size}}. Téléversez un fichier plus petit.',
    expectedText: 'Un texte est attendu.',
    expectedNumber: 'Un nombre est attendu.',
    expectedBoolean: 'Vrai ou faux est attendu.',
    expectedDate: 'Une date est attendue, par exemple 2026-03-31.',
    expectedRows: 'Une liste de lignes est attendue.',
    expectedRow: 'Une ligne est attendue : un objet de champs.',
    expectedGroup: 'Un groupe est attendu : un objet de champs.',
    expectedRelation: 'L’identifiant d’un document est attendu.',
    expectedPoint: 'Un point est attendu : [longitude, latitude].',
    expectedRichText:
      'Un document de texte riche est attendu : un nœud racine de type « root » dont les enfants sont des nœuds typés.',
    invalidOption: 'Ce champ a une sélection invalide : {{value}}.',
    unknownBlock: 'Type de bloc inconnu : {{blockType}}.',
    tooManyRows: 'Au plus {{count}} lignes; cette liste en a {{length}}.',
    slugRequired:
      'Un identifiant d’URL est requis : donnez-en un, ou remplissez le champ dont il est tiré.',
    slugPattern:
      'Utilisez des minuscules, des chiffres et des tirets simples (p. ex. « aero-montreal »).',
  },
} as const

export type MessageKey = keyof (typeof messages)['en']

/** Payload's `i18n.translations` entry: our messages under the `grappes` namespace. */
export const grappesTranslations = {
  en: { grappes: messages.en },
  fr: { grappes: messages.fr },
}

/** A message in the language of the request (English when the request has no i18n). */
export function translate(
  req: Pick<PayloadRequest, 't'> | undefined,
  key: MessageKey,
  vars: Record<string, unknown> = {},
): string {
  if (req?.t)
    return (req.t as (key: string, vars?: Record<string, unknown>) => string)(
      `grappes:${key}`,
      vars,
    )
  return messages.en[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
}
