import type { NestedKeysStripped } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

/**
 * Grappes' own error messages, in both languages of the admin: the one catalogue. They are
 * registered as Payload translations (namespaces `grappes` and `badInput`), so `req.t` (or the `t`
 * of Payload's `initI18n`) answers in the reader's language, decided by `readerLanguage()`.
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
    secretariatOwnMediaOnly: 'Choose one of your organization’s files, or upload a new one.',
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
    keyFigureRow: 'Figure {{number}}',
    keyFigureNoYear: 'no year',
    keyFigureOutdated: 'older than {{years}} years',
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
    secretariatOwnMediaOnly:
      'Choisissez un fichier de votre organisation, ou téléversez-en un nouveau.',
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
    keyFigureRow: 'Chiffre {{number}}',
    keyFigureNoYear: 'sans année',
    keyFigureOutdated: 'plus de {{years}} ans',
  },
} as const

export type MessageKey = keyof (typeof messages)['en']

/** The `t` of the admin's `useTranslation()`, knowing our keys (Payload's custom translations). */
export type GrappesTranslations = (typeof grappesTranslations)['en']
export type GrappesTranslationKey = NestedKeysStripped<GrappesTranslations>

/**
 * Why a REST request's path or query parameter is refused (src/server/http/badInput), before
 * Payload reads it; `queryParameter` and `pathParameter` frame the reason.
 */
export const badInputMessages = {
  en: {
    queryParameter: 'Invalid query parameter {{parameter}}: {{reason}}',
    pathParameter: 'Invalid path parameter {{parameter}}: {{reason}}',
    wholeNumberFromTo: 'must be a whole number from {{min}} to {{max}}',
    trueOrFalse: 'must be true or false',
    fieldNamesToBooleans: 'must map field names to true or false',
    notAFieldName: 'is not a field name',
    listOfFieldNames: 'must be a list of field names',
    notAField: '"{{value}}" is not a field',
    collectionsToFields: 'must map collections to fields',
    notACollection: 'is not a collection',
    falseOrJoinFields: 'must be false or name join fields',
    falseOrJoinOptions: 'must be false or an object of options',
    unknownJoinOption: 'unknown join option',
    oneOf: 'must be one of {{values}}',
    notJson: 'is not valid JSON',
    notAFiniteNumber: '"{{value}}" is not a finite number',
    notADocumentId: '"{{value}}" is not a document id',
    notADate: '"{{value}}" is not a date',
    listOfValues: 'must be a list of values',
    singleValue: 'must be a single value, not a list or an object',
    notAWholeNumberId: '"{{value}}" is not a document id (a whole number)',
    notAnId: 'not a document id',
    notAFieldPath: 'is not a field path',
    operatorNeeded: 'must name an operator, e.g. [equals]',
    notQueryable: 'is not a field that can be queried',
    unknownOperator: 'unknown operator',
    operatorNotForField: 'this operator does not apply to this field',
    objectOfConditions: 'must be an object of conditions',
    listOfConditions: 'must be a list of conditions',
  },
  fr: {
    queryParameter: 'Paramètre de requête invalide {{parameter}} : {{reason}}',
    pathParameter: 'Paramètre de chemin invalide {{parameter}} : {{reason}}',
    wholeNumberFromTo: 'doit être un nombre entier de {{min}} à {{max}}',
    trueOrFalse: 'doit valoir true ou false',
    fieldNamesToBooleans: 'doit associer des noms de champs à true ou false',
    notAFieldName: 'n’est pas un nom de champ',
    listOfFieldNames: 'doit être une liste de noms de champs',
    notAField: '« {{value}} » n’est pas un champ',
    collectionsToFields: 'doit associer des collections à des champs',
    notACollection: 'n’est pas une collection',
    falseOrJoinFields: 'doit valoir false ou nommer des champs de jointure',
    falseOrJoinOptions: 'doit valoir false ou un objet d’options',
    unknownJoinOption: 'option de jointure inconnue',
    oneOf: 'doit être l’une des valeurs {{values}}',
    notJson: 'n’est pas du JSON valide',
    notAFiniteNumber: '« {{value}} » n’est pas un nombre fini',
    notADocumentId: '« {{value}} » n’est pas un identifiant de document',
    notADate: '« {{value}} » n’est pas une date',
    listOfValues: 'doit être une liste de valeurs',
    singleValue: 'doit être une seule valeur, ni une liste ni un objet',
    notAWholeNumberId: '« {{value}} » n’est pas un identifiant de document (un nombre entier)',
    notAnId: 'n’est pas un identifiant de document',
    notAFieldPath: 'n’est pas un chemin de champ',
    operatorNeeded: 'doit nommer un opérateur, p. ex. [equals]',
    notQueryable: 'n’est pas un champ interrogeable',
    unknownOperator: 'opérateur inconnu',
    operatorNotForField: 'cet opérateur ne s’applique pas à ce champ',
    objectOfConditions: 'doit être un objet de conditions',
    listOfConditions: 'doit être une liste de conditions',
  },
} as const satisfies Record<'en' | 'fr', Record<string, string>>

export type BadInputKey = keyof (typeof badInputMessages)['en']

/** Payload's `i18n.translations` entry: our messages under the `grappes` and `badInput` namespaces. */
export const grappesTranslations = {
  en: { grappes: messages.en, badInput: badInputMessages.en },
  fr: { grappes: messages.fr, badInput: badInputMessages.fr },
}

/** `{{name}}` placeholders filled as Payload's `t` fills them, for the English fallback. */
export const fillIn = (template: string, vars: Record<string, unknown>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))

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
  return fillIn(messages.en[key], vars)
}
