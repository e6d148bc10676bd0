/**
 * Messages of two-factor sign-in (src/plugins/twoFactor and its admin components), in both
 * languages, registered as Payload translations under the namespace `twoFactor`.
 */
export const twoFactorMessages = {
  en: {
    codeNeeded: 'Enter the 6-digit code from your authenticator app, or a recovery code.',
    enrolmentNeeded: 'Your role requires two-factor sign-in: set it up to continue.',
    wrongCode: 'This code is not valid or was already used.',
    challengeExpired:
      'This sign-in step has expired or is not valid: sign in again with your password.',
    tooManyCodes: 'Too many wrong codes: try again in {{minutes}} minutes.',
    codeRequired: 'Enter a code.',
    enrolmentRequired: 'The enrolment is missing or has expired: start the setup again.',
    alreadyOn: 'Two-factor sign-in is already on: an admin can reset it.',
    notSignedIn: 'Sign in first (or send the challenge of your sign-in).',
    resetDone: 'Two-factor sign-in was reset: {{name}} sets it up again at the next sign-in.',
    resetForbidden: 'Only an admin resets the second factor of a user.',
    userNotFound: 'No user has this id.',
    enabled: 'Two-factor sign-in is on. Keep your recovery codes somewhere safe.',
    fieldLabel: 'Two-factor sign-in',
    statusOn: 'On',
    statusOff: 'Off',
    required: 'Required for your role.',
    optional: 'Optional for your role.',
    setUp: 'Set up two-factor sign-in',
    reset: 'Reset the second factor',
    resetConfirm:
      'Reset the second factor of this user? They will set it up again at the next sign-in.',
    scan: 'Scan this QR code with your authenticator app (or type the key), then enter the code it shows.',
    manualKey: 'Key:',
    statusLine: 'Two-factor sign-in: {{status}}',
    code: 'Code',
    confirm: 'Confirm',
    verify: 'Sign in',
    recoveryTitle: 'Your recovery codes',
    recoveryHelp:
      'Each code signs you in once if you lose your phone. They are shown only now: print or save them.',
    continue: 'I saved them: continue',
    codePrompt:
      'Two-factor sign-in: enter the code from your authenticator app, or a recovery code.',
    startOver: 'Start over',
    viewTitle: 'Two-factor sign-in',
  },
  fr: {
    codeNeeded:
      'Saisissez le code à 6 chiffres de votre application d’authentification, ou un code de récupération.',
    enrolmentNeeded:
      'Votre rôle exige la connexion à deux facteurs : configurez-la pour continuer.',
    wrongCode: 'Ce code n’est pas valide ou a déjà été utilisé.',
    challengeExpired:
      'Cette étape de connexion a expiré ou n’est pas valide : reconnectez-vous avec votre mot de passe.',
    tooManyCodes: 'Trop de codes erronés : réessayez dans {{minutes}} minutes.',
    codeRequired: 'Saisissez un code.',
    enrolmentRequired: 'La configuration manque ou a expiré : recommencez-la.',
    alreadyOn:
      'La connexion à deux facteurs est déjà active : un administrateur peut la réinitialiser.',
    notSignedIn: 'Connectez-vous d’abord (ou envoyez le défi de votre connexion).',
    resetDone:
      'La connexion à deux facteurs a été réinitialisée : {{name}} la configurera de nouveau à sa prochaine connexion.',
    resetForbidden: 'Seul un administrateur réinitialise le second facteur d’un utilisateur.',
    userNotFound: 'Aucun utilisateur n’a cet identifiant.',
    enabled:
      'La connexion à deux facteurs est active. Gardez vos codes de récupération en lieu sûr.',
    fieldLabel: 'Connexion à deux facteurs',
    statusOn: 'Active',
    statusOff: 'Inactive',
    required: 'Exigée pour votre rôle.',
    optional: 'Facultative pour votre rôle.',
    setUp: 'Configurer la connexion à deux facteurs',
    reset: 'Réinitialiser le second facteur',
    resetConfirm:
      'Réinitialiser le second facteur de cet utilisateur? Il le configurera de nouveau à sa prochaine connexion.',
    scan: 'Balayez ce code QR avec votre application d’authentification (ou saisissez la clé), puis entrez le code affiché.',
    manualKey: 'Clé :',
    statusLine: 'Connexion à deux facteurs : {{status}}',
    code: 'Code',
    confirm: 'Confirmer',
    verify: 'Se connecter',
    recoveryTitle: 'Vos codes de récupération',
    recoveryHelp:
      'Chaque code vous connecte une fois si vous perdez votre téléphone. Ils ne sont affichés que maintenant : imprimez-les ou enregistrez-les.',
    continue: 'Je les ai enregistrés : continuer',
    codePrompt:
      'Connexion à deux facteurs : saisissez le code de votre application d’authentification, ou un code de récupération.',
    startOver: 'Recommencer',
    viewTitle: 'Connexion à deux facteurs',
  },
} as const satisfies Record<'en' | 'fr', Record<string, string>>

export type TwoFactorMessageKey = keyof (typeof twoFactorMessages)['en']
