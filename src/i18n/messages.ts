import type { NestedKeysStripped } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import { twoFactorMessages } from './twoFactorMessages'

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
    reviewEditorsDecide:
      'The secretariat submits and withdraws its changes; communications approves them or requests changes.',
    reviewPublishedByPublishing: 'A document becomes "Published" by publishing it.',
    reviewWrongState: 'This document is “{{state}}”; this action needs “{{expected}}”.',
    reviewDone_submit: 'Submitted for review.',
    reviewDone_withdraw: 'Submission withdrawn: the document is a draft again.',
    reviewDone_requestChanges: 'Changes requested.',
    reviewDone_approve: 'Approved and published.',
    reviewNotified_submit: 'Communications was notified: {{emails}}.',
    reviewNotified_withdraw: 'Communications was notified: {{emails}}.',
    reviewNotified_requestChanges: 'The secretariat was notified: {{emails}}.',
    reviewNotified_approve: 'The secretariat was notified: {{emails}}.',
    reviewNotifiedNobody: 'Nobody was notified: no one to write to.',
    reviewAction_submit: 'Submit for review',
    reviewAction_withdraw: 'Withdraw',
    reviewAction_requestChanges: 'Request changes',
    reviewAction_approve: 'Approve and publish',
    reviewCommentPrompt: 'What should change? The secretariat receives this comment.',
    reviewSendComment: 'Send the request',
    reviewCompare: 'Compare with the published version',
    reviewBoxState: 'Review: {{state}}',
    reviewCommentFromReviewer: 'Reviewer’s comment: {{comment}}',
    reviewQueueTitle: 'Waiting for review',
    reviewQueueEmpty: 'Nothing to review right now.',
    reviewMineInReview: 'Your submissions in review',
    reviewMineChangesRequested: 'Changes requested from you',
    reviewMineEmpty: 'Nothing waits on you right now.',
    reviewSeeChanges: 'See the changes',
    redirectNeedsDocument: 'Choose the document to redirect to.',
    redirectNeedsUrl: 'Enter the address to redirect to.',
    movedNotFound: 'No {{collection}} document was moved from the slug “{{slug}}”.',
    figureHistoryNotFound: 'No published {{collection}} document has the id {{id}}.',
    passwordTooShort: 'Use at least {{count}} characters: a short sentence works well.',
    passwordCommon: 'This password is on a list of common passwords: choose another one.',
    relationMissing: 'No {{collection}} document has the id {{ids}}.',
    notANumber: 'Enter a number, e.g. 39130.',
    secretariatNeedsCluster: 'Choose at least one of your clusters.',
    secretariatOwnClustersOnly: 'A secretariat can only link to its own organization’s clusters.',
    secretariatOwnMediaOnly: 'Choose one of your organization’s files, or upload a new one.',
    fileTooLarge: 'The file is larger than {{size}}. Upload a smaller file.',
    mcpKeyRequired:
      'An MCP API key is required: send the header Authorization: Bearer <key>. An admin creates keys in the admin panel (AI assistant keys).',
    mcpKeyUnknown: 'This MCP API key does not exist or was revoked.',
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
    urlInvalid: 'Enter a full web address starting with http:// or https://.',
    reviewEmailSubmitted: 'Review requested',
    reviewEmailWithdrawn: 'Submission withdrawn',
    reviewEmailChangesRequested: 'Changes requested',
    reviewEmailApproved: 'Published',
    reviewEmailComment: 'Comment',
    imageTooLarge:
      'The image has {{megapixels}} megapixels; the limit is {{limit}}. Upload a smaller image.',
    fallbackLocaleRequired:
      '{{field}} is required in English to publish: readers see the English wherever the French is missing.',
    editingLocale_en: 'You are editing the English content',
    editingLocale_fr: 'You are editing the French content',
    switchLocale_en: 'Edit the English',
    switchLocale_fr: 'Edit the French',
    releaseNotOpen:
      'This release is “{{status}}”: only an open or scheduled release can be published or scheduled.',
    releaseNotPublished: 'Only a published release can be rolled back; this one is “{{status}}”.',
    releaseEmpty: 'Add at least one document to the release (items) before publishing it.',
    releasePublishAt:
      'Give the publication date and time (publishAt) in the future, e.g. 2026-03-31T09:00:00-04:00.',
    releaseNotScheduled: 'This release is not scheduled.',
    releaseItemInvalid: 'Cannot be published: {{fields}}.',
    releaseItemMissing: 'This document no longer exists.',
    releaseItemForbidden: 'You may not publish this document.',
    releaseItemFailed: 'Cannot be published: {{message}}',
    releaseFailed: 'The release was not published: nothing changed. See the reason per document.',
    releaseWouldFail:
      'This release would fail now: nothing was scheduled. See the reason per document.',
    releasePreviewPath: 'The path (path) must be a page of the site, such as /en or /fr/clusters.',
    releasePreviewLink: 'Preview the release on the site',
    releasePanelTitle: 'Documents in this release',
    releasePanelEmpty: 'No documents yet: add them in “Documents” above, then save.',
    releasePanelSaveFirst: 'Save the release first.',
    releaseReviewState: 'Review: {{state}}',
    releaseNotReviewed: 'not reviewed',
    releaseQualityIssues: 'Data quality: {{count}} to check',
    releaseQualityClean: 'Data quality: nothing to check',
    releaseLiveNow: 'published',
    releaseDraftOnly: 'never published',
    releasePublishNow: 'Publish now',
    releaseScheduleAt: 'Publish at',
    releaseScheduleButton: 'Schedule',
    releaseUnscheduleButton: 'Unschedule',
    releaseRollBackButton: 'Roll back',
    releaseConfirmPublish: 'Publish every document of this release now?',
    releaseConfirmRollBack: 'Put every document back as it was before this release?',
    releaseDonePublished: 'Published: every document is live.',
    releaseDoneScheduled: 'Scheduled.',
    releaseDoneUnscheduled: 'No longer scheduled.',
    releaseDoneRolledBack: 'Rolled back: every document is as it was before.',
    scheduleWouldFail:
      'This publication would fail in {{language}}: {{fields}}. Complete the draft, then schedule it.',
    scheduleTarget:
      'Name a document ({ relationTo, value }) or a global that has scheduled publishing.',
    scheduleDate:
      'Give the date and time to publish at (waitUntil), e.g. 2026-03-31T09:00:00-04:00.',
    languageEn: 'English',
    languageFr: 'French',
    schedulesTitle: 'Schedules',
    schedulesEditorsOnly:
      'Only communications and admins schedule publications: there are none for you.',
    schedules_failed: 'Failed',
    schedules_upcoming: 'Upcoming',
    schedules_done: 'Done',
    schedulesNone: 'None.',
    schedulesDocument: 'Document',
    schedulesAction: 'Action',
    schedulesWhen: 'When',
    schedulesBy: 'Scheduled by',
    schedulesReason: 'Reason',
    schedules_publish: 'Publish',
    schedules_unpublish: 'Unpublish',
    // People: invitations and the audit view
    inviteTitle: 'Invite someone',
    inviteIntro:
      'The person receives an e-mail with a link to choose their own password; the link is valid for {{days}} days.',
    inviteName: 'Name',
    inviteEmail: 'Email',
    inviteRole: 'Role',
    inviteOrganization: 'Organization',
    inviteNoOrganization: 'None',
    inviteSend: 'Send the invitation',
    inviteSent: 'Invitation sent to {{email}}.',
    inviteLink: 'Invite someone',
    inviteResend: 'Send the invitation again',
    inviteResent: 'Invitation sent again to {{email}}.',
    inviteAlreadyAccepted:
      'This person has already chosen a password: there is no invitation to send.',
    inviteFailed: 'The invitation was not sent: {{reason}}',
    invitationSubject: 'Your invitation to Grappes',
    invitationGreeting: 'Hello {{name}},',
    invitationBody:
      '{{inviter}} invites you to Grappes, where the clusters of Québec keep their profiles and figures current.',
    invitationAction: 'Choose your password',
    invitationExpiry:
      'The link is valid for {{days}} days. Your sign-in e-mail is {{email}}. If it expired, ask for a new invitation.',
    auditFailedSignIn: 'Failed sign-in: {{email}}',
    signInThrottled:
      'Too many failed sign-ins to this account from here. Try again in {{wait}}. If you cannot wait, ask a Grappes administrator to lift the wait.',
    waitSecond: '1 second',
    waitSeconds: '{{count}} seconds',
    waitMinute: '1 minute',
    waitMinutes: '{{count}} minutes',
    throttleClear: 'Lift the sign-in wait',
    throttleCleared: 'The sign-in wait of {{email}} is lifted.',
    sessionsEnd: 'End all sessions',
    sessionsEnded: 'Every session of {{name}} has ended: they must sign in again.',
    auditChangesField: 'Field',
    auditChangesBefore: 'Before',
    auditChangesAfter: 'After',
    auditChangesEmpty: '(empty)',
    auditChangesHidden: '(changed, not shown)',
    auditChangesNone: 'No field changed.',
    auditChangesNotRecorded: 'Values before and after were not recorded for this entry.',
    auditChangesTitle: 'Changes',
    exportCsv: 'Export as CSV',
    exportJson: 'Export as JSON',
    exportKeyFigures: 'Export the key figures (CSV)',
    searchUnavailable: 'Search is not available on this database (PostgreSQL or SQLite only).',
    // Import and export (src/plugins/bulkImport)
    importPeopleOnly: 'Import and export are for people signed in, not for API clients.',
    importFormat: 'Invalid query parameter format: must be csv or json.',
    importLocale: 'Invalid query parameter locale: must be en or fr.',
    importTable: 'Invalid query parameter table: must be key-figures, or left out.',
    importUnreadable: 'The file cannot be read as {{format}}: {{reason}}',
    importNoFile: 'Send a file: a multipart field "file", or the file itself as the request body.',
    importNotAnObject: 'Expected an object of columns.',
    importUnknownColumn: 'Unknown column; the columns are {{columns}}.',
    importMissingColumn: 'The file needs a "{{column}}" column.',
    importRequired: 'Required: this cell is empty.',
    importNotANumber: '"{{value}}" is not a number.',
    importNotAnOption: '"{{value}}" is not one of {{options}}.',
    importUnknownSlug: 'No {{collection}} document has the slug "{{value}}".',
    importUnknownId: 'No document has the id "{{value}}".',
    importDuplicateKey: '"{{value}}" is already on line {{line}}.',
    importOutsideScope: 'This document belongs to another organization: you import only your own.',
    // Single sign-on (src/plugins/openIdConnect)
    oidcSignInWith: 'Sign in with {{provider}}',
    oidcOff: 'Single sign-on is not set up on this server: sign in with your e-mail and password.',
    oidcFlowMissing:
      'This sign-in was not started in this browser, or took more than 10 minutes: start again from the sign-in page.',
    oidcStateMismatch:
      'The identity provider’s answer does not belong to this sign-in (its state does not match): start again from the sign-in page.',
    oidcNonceMismatch:
      'The identity provider’s token does not belong to this sign-in (its nonce is missing or does not match): start again from the sign-in page.',
    oidcProviderError: 'The identity provider did not sign you in ({{error}}). {{description}}',
    oidcInvalidResponse:
      'The identity provider’s answer could not be verified ({{reason}}): start again, or tell your IT department.',
    oidcProviderUnreachable:
      'The identity provider cannot be reached right now: try again in a moment, or tell your IT department.',
    oidcNoEmail:
      'The identity provider gave no verified e-mail address for this account: ask your IT department to release the “email” claim to Grappes.',
    oidcNotInMappedGroups:
      'Your account is in none of the groups allowed to use Grappes: ask your IT department to add you to one.',
    oidcUnknownUser:
      'No Grappes account has the address {{email}}, and accounts are not created at sign-in: ask a Grappes administrator to invite you.',
    oidcDeactivated: 'This Grappes account was deactivated: ask a Grappes administrator.',
    oidcOrganizationMissing:
      'Your group maps to the organization “{{organization}}”, which does not exist in Grappes: tell a Grappes administrator.',
    oidcPasswordRefused:
      'This account signs in with {{provider}} and has no Grappes password: use the “Sign in with {{provider}}” button on the sign-in page.',
    oidcRefusedTitle: 'Sign-in refused',
    oidcBackToLogin: 'Back to the sign-in page',
    oidcSignedOut: 'You are signed out of Grappes.',
  },
  fr: {
    reviewSecretariatSubmits:
      'Un secrétariat soumet ses modifications pour révision; les communications en décident.',
    reviewCommentRequired:
      'Dites ce qui doit changer : le commentaire est transmis au secrétariat.',
    reviewEditorsDecide:
      'Le secrétariat soumet et retire ses modifications; les communications les approuvent ou demandent des modifications.',
    reviewPublishedByPublishing: 'Un document devient « Publié » quand on le publie.',
    reviewWrongState: 'Ce document est « {{state}} »; cette action demande « {{expected}} ».',
    reviewDone_submit: 'Soumis pour révision.',
    reviewDone_withdraw: 'Soumission retirée : le document est de nouveau un brouillon.',
    reviewDone_requestChanges: 'Modifications demandées.',
    reviewDone_approve: 'Approuvé et publié.',
    reviewNotified_submit: 'Les communications ont été avisées : {{emails}}.',
    reviewNotified_withdraw: 'Les communications ont été avisées : {{emails}}.',
    reviewNotified_requestChanges: 'Le secrétariat a été avisé : {{emails}}.',
    reviewNotified_approve: 'Le secrétariat a été avisé : {{emails}}.',
    reviewNotifiedNobody: 'Personne n’a été avisé : aucun destinataire.',
    reviewAction_submit: 'Soumettre pour révision',
    reviewAction_withdraw: 'Retirer la soumission',
    reviewAction_requestChanges: 'Demander des modifications',
    reviewAction_approve: 'Approuver et publier',
    reviewCommentPrompt: 'Que faut-il changer? Le secrétariat reçoit ce commentaire.',
    reviewSendComment: 'Envoyer la demande',
    reviewCompare: 'Comparer avec la version publiée',
    reviewBoxState: 'Révision : {{state}}',
    reviewCommentFromReviewer: 'Commentaire de la révision : {{comment}}',
    reviewQueueTitle: 'En attente de révision',
    reviewQueueEmpty: 'Rien à réviser pour le moment.',
    reviewMineInReview: 'Vos soumissions en révision',
    reviewMineChangesRequested: 'Modifications demandées',
    reviewMineEmpty: 'Rien ne vous attend pour le moment.',
    reviewSeeChanges: 'Voir les changements',
    redirectNeedsDocument: 'Choisissez le document vers lequel rediriger.',
    redirectNeedsUrl: 'Saisissez l’adresse vers laquelle rediriger.',
    movedNotFound:
      'Aucun document de {{collection}} n’a été déplacé depuis l’identifiant « {{slug}} ».',
    figureHistoryNotFound: 'Aucun document publié de {{collection}} n’a l’identifiant {{id}}.',
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
    mcpKeyRequired:
      'Une clé d’API MCP est requise : envoyez l’en-tête Authorization: Bearer <clé>. Un administrateur crée les clés dans l’administration (Clés d’assistant IA).',
    mcpKeyUnknown: 'Cette clé d’API MCP n’existe pas ou a été révoquée.',
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
    urlInvalid: 'Entrez une adresse Web complète commençant par http:// ou https://.',
    reviewEmailSubmitted: 'Révision demandée',
    reviewEmailWithdrawn: 'Soumission retirée',
    reviewEmailChangesRequested: 'Modifications demandées',
    reviewEmailApproved: 'Publié',
    reviewEmailComment: 'Commentaire',
    imageTooLarge:
      'L’image compte {{megapixels}} mégapixels; la limite est de {{limit}}. Téléversez une image plus petite.',
    fallbackLocaleRequired:
      '{{field}} est obligatoire en anglais pour publier : les lecteurs voient l’anglais partout où le français manque.',
    editingLocale_en: 'Vous modifiez le contenu anglais',
    editingLocale_fr: 'Vous modifiez le contenu français',
    switchLocale_en: 'Modifier l’anglais',
    switchLocale_fr: 'Modifier le français',
    releaseNotOpen:
      'Ce lot de publication est « {{status}} » : seul un lot ouvert ou programmé peut être publié ou programmé.',
    releaseNotPublished: 'Seul un lot publié peut être annulé; celui-ci est « {{status}} ».',
    releaseEmpty: 'Ajoutez au moins un document au lot (items) avant de le publier.',
    releasePublishAt:
      'Indiquez une date et une heure de publication (publishAt) à venir, par exemple 2026-03-31T09:00:00-04:00.',
    releaseNotScheduled: 'Ce lot de publication n’est pas programmé.',
    releaseItemInvalid: 'Ne peut pas être publié : {{fields}}.',
    releaseItemMissing: 'Ce document n’existe plus.',
    releaseItemForbidden: 'Vous ne pouvez pas publier ce document.',
    releaseItemFailed: 'Ne peut pas être publié : {{message}}',
    releaseFailed:
      'Le lot n’a pas été publié : rien n’a changé. Voyez la raison pour chaque document.',
    releaseWouldFail:
      'Ce lot échouerait maintenant : rien n’a été programmé. Voyez la raison pour chaque document.',
    releasePreviewPath:
      'Le chemin (path) doit être une page du site, par exemple /en ou /fr/clusters.',
    releasePreviewLink: 'Prévisualiser le lot sur le site',
    releasePanelTitle: 'Documents de ce lot',
    releasePanelEmpty:
      'Aucun document pour l’instant : ajoutez-en dans « Documents » ci-dessus, puis enregistrez.',
    releasePanelSaveFirst: 'Enregistrez d’abord le lot.',
    releaseReviewState: 'Révision : {{state}}',
    releaseNotReviewed: 'sans révision',
    releaseQualityIssues: 'Qualité des données : {{count}} à vérifier',
    releaseQualityClean: 'Qualité des données : rien à vérifier',
    releaseLiveNow: 'publié',
    releaseDraftOnly: 'jamais publié',
    releasePublishNow: 'Publier maintenant',
    releaseScheduleAt: 'Publier le',
    releaseScheduleButton: 'Programmer',
    releaseUnscheduleButton: 'Déprogrammer',
    releaseRollBackButton: 'Annuler la publication',
    releaseConfirmPublish: 'Publier maintenant tous les documents de ce lot?',
    releaseConfirmRollBack: 'Remettre tous les documents comme ils étaient avant ce lot?',
    releaseDonePublished: 'Publié : tous les documents sont en ligne.',
    releaseDoneScheduled: 'Programmé.',
    releaseDoneUnscheduled: 'N’est plus programmé.',
    releaseDoneRolledBack: 'Publication annulée : tous les documents sont comme avant.',
    scheduleWouldFail:
      'Cette publication échouerait en {{language}} : {{fields}}. Complétez le brouillon, puis programmez-la.',
    scheduleTarget:
      'Indiquez un document ({ relationTo, value }) ou un global dont la publication peut être programmée.',
    scheduleDate:
      'Indiquez la date et l’heure de publication (waitUntil), par exemple 2026-03-31T09:00:00-04:00.',
    languageEn: 'anglais',
    languageFr: 'français',
    schedulesTitle: 'Programmations',
    schedulesEditorsOnly:
      'Seuls les communications et les administrateurs programment des publications : aucune pour vous.',
    schedules_failed: 'Échouées',
    schedules_upcoming: 'À venir',
    schedules_done: 'Effectuées',
    schedulesNone: 'Aucune.',
    schedulesDocument: 'Document',
    schedulesAction: 'Action',
    schedulesWhen: 'Quand',
    schedulesBy: 'Programmée par',
    schedulesReason: 'Raison',
    schedules_publish: 'Publier',
    schedules_unpublish: 'Dépublier',
    // People: invitations and the audit view
    inviteTitle: 'Inviter une personne',
    inviteIntro:
      'La personne reçoit un courriel avec un lien pour choisir elle-même son mot de passe; le lien est valide {{days}} jours.',
    inviteName: 'Nom',
    inviteEmail: 'Courriel',
    inviteRole: 'Rôle',
    inviteOrganization: 'Organisation',
    inviteNoOrganization: 'Aucune',
    inviteSend: 'Envoyer l’invitation',
    inviteSent: 'Invitation envoyée à {{email}}.',
    inviteLink: 'Inviter une personne',
    inviteResend: 'Renvoyer l’invitation',
    inviteResent: 'Invitation renvoyée à {{email}}.',
    inviteAlreadyAccepted:
      'Cette personne a déjà choisi son mot de passe : il n’y a pas d’invitation à envoyer.',
    inviteFailed: 'L’invitation n’a pas été envoyée : {{reason}}',
    invitationSubject: 'Votre invitation à Grappes',
    invitationGreeting: 'Bonjour {{name}},',
    invitationBody:
      '{{inviter}} vous invite à Grappes, où les grappes du Québec tiennent à jour leurs profils et leurs chiffres.',
    invitationAction: 'Choisir votre mot de passe',
    invitationExpiry:
      'Le lien est valide {{days}} jours. Votre courriel de connexion est {{email}}. S’il a expiré, demandez une nouvelle invitation.',
    auditFailedSignIn: 'Échec de connexion : {{email}}',
    signInThrottled:
      'Trop de connexions échouées à ce compte depuis cet endroit. Réessayez dans {{wait}}. Si vous ne pouvez pas attendre, demandez à un administrateur de Grappes de lever l’attente.',
    waitSecond: '1 seconde',
    waitSeconds: '{{count}} secondes',
    waitMinute: '1 minute',
    waitMinutes: '{{count}} minutes',
    throttleClear: 'Lever l’attente de connexion',
    throttleCleared: 'L’attente de connexion de {{email}} est levée.',
    sessionsEnd: 'Fermer toutes les sessions',
    sessionsEnded:
      'Toutes les sessions de {{name}} sont fermées : la personne doit se reconnecter.',
    auditChangesField: 'Champ',
    auditChangesBefore: 'Avant',
    auditChangesAfter: 'Après',
    auditChangesEmpty: '(vide)',
    auditChangesHidden: '(modifié, non affiché)',
    auditChangesNone: 'Aucun champ modifié.',
    auditChangesNotRecorded:
      'Les valeurs avant et après n’ont pas été enregistrées pour cette entrée.',
    auditChangesTitle: 'Modifications',
    exportCsv: 'Exporter en CSV',
    exportJson: 'Exporter en JSON',
    exportKeyFigures: 'Exporter les chiffres clés (CSV)',
    searchUnavailable:
      'La recherche n’est pas offerte sur cette base de données (PostgreSQL ou SQLite seulement).',
    importPeopleOnly:
      'L’import et l’export sont réservés aux personnes connectées, pas aux clients d’API.',
    importFormat: 'Paramètre de requête invalide format : doit valoir csv ou json.',
    importLocale: 'Paramètre de requête invalide locale : doit valoir en ou fr.',
    importTable: 'Paramètre de requête invalide table : doit valoir key-figures, ou être omis.',
    importUnreadable: 'Le fichier ne peut être lu comme {{format}} : {{reason}}',
    importNoFile:
      'Envoyez un fichier : un champ multipart « file », ou le fichier lui-même comme corps de la requête.',
    importNotAnObject: 'Un objet de colonnes est attendu.',
    importUnknownColumn: 'Colonne inconnue; les colonnes sont {{columns}}.',
    importMissingColumn: 'Le fichier doit avoir une colonne « {{column}} ».',
    importRequired: 'Obligatoire : cette cellule est vide.',
    importNotANumber: '« {{value}} » n’est pas un nombre.',
    importNotAnOption: '« {{value}} » n’est pas l’une des valeurs {{options}}.',
    importUnknownSlug: 'Aucun document de {{collection}} n’a l’identifiant d’URL « {{value}} ».',
    importUnknownId: 'Aucun document n’a l’identifiant « {{value}} ».',
    importDuplicateKey: '« {{value}} » figure déjà à la ligne {{line}}.',
    importOutsideScope:
      'Ce document appartient à une autre organisation : vous n’importez que les vôtres.',
    // Authentification unique (src/plugins/openIdConnect)
    oidcSignInWith: 'Se connecter avec {{provider}}',
    oidcOff:
      'L’authentification unique n’est pas configurée sur ce serveur : connectez-vous avec votre courriel et votre mot de passe.',
    oidcFlowMissing:
      'Cette connexion n’a pas commencé dans ce navigateur, ou a pris plus de 10 minutes : recommencez depuis la page de connexion.',
    oidcStateMismatch:
      'La réponse du fournisseur d’identité n’appartient pas à cette connexion (son état ne correspond pas) : recommencez depuis la page de connexion.',
    oidcNonceMismatch:
      'Le jeton du fournisseur d’identité n’appartient pas à cette connexion (son nonce manque ou ne correspond pas) : recommencez depuis la page de connexion.',
    oidcProviderError:
      'Le fournisseur d’identité ne vous a pas connecté ({{error}}). {{description}}',
    oidcInvalidResponse:
      'La réponse du fournisseur d’identité n’a pas pu être vérifiée ({{reason}}) : recommencez, ou avisez votre service informatique.',
    oidcProviderUnreachable:
      'Le fournisseur d’identité est injoignable pour le moment : réessayez dans un instant, ou avisez votre service informatique.',
    oidcNoEmail:
      'Le fournisseur d’identité n’a transmis aucune adresse courriel vérifiée pour ce compte : demandez à votre service informatique de transmettre la déclaration « email » à Grappes.',
    oidcNotInMappedGroups:
      'Votre compte ne fait partie d’aucun des groupes autorisés à utiliser Grappes : demandez à votre service informatique de vous y ajouter.',
    oidcUnknownUser:
      'Aucun compte Grappes n’a l’adresse {{email}}, et les comptes ne sont pas créés à la connexion : demandez à un administrateur de Grappes de vous inviter.',
    oidcDeactivated:
      'Ce compte Grappes a été désactivé : adressez-vous à un administrateur de Grappes.',
    oidcOrganizationMissing:
      'Votre groupe correspond à l’organisation « {{organization}} », qui n’existe pas dans Grappes : avisez un administrateur de Grappes.',
    oidcPasswordRefused:
      'Ce compte se connecte avec {{provider}} et n’a pas de mot de passe Grappes : utilisez le bouton « Se connecter avec {{provider}} » de la page de connexion.',
    oidcRefusedTitle: 'Connexion refusée',
    oidcBackToLogin: 'Retour à la page de connexion',
    oidcSignedOut: 'Vous êtes déconnecté de Grappes.',
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
    required: 'is required',
    textLength: 'must be from {{min}} to {{max}} characters long',
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
    required: 'est obligatoire',
    textLength: 'doit compter de {{min}} à {{max}} caractères',
  },
} as const satisfies Record<'en' | 'fr', Record<string, string>>

export type BadInputKey = keyof (typeof badInputMessages)['en']

/** Payload's `i18n.translations` entry: our messages under the `grappes` and `badInput` namespaces. */
export const grappesTranslations = {
  en: { grappes: messages.en, badInput: badInputMessages.en, twoFactor: twoFactorMessages.en },
  fr: { grappes: messages.fr, badInput: badInputMessages.fr, twoFactor: twoFactorMessages.fr },
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
