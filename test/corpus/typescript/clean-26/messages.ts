// corpus: path=src/i18n/messages.ts
export const en = {
  common: {
    save: 'Save',
    cancel: 'Cancel',
    loading: 'Loading…',
    copy: 'Copy',
    copied: 'Copied to clipboard',
    retry: 'Try again',
  },
  login: {
    title: 'Sign in',
    email: 'Email',
    password: 'Password',
    passwordPlaceholder: 'Enter your password',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    submit: 'Sign in',
    invalid: 'Invalid email or password',
    locked: 'Too many attempts. Try again in {minutes} minutes.',
    forgot: 'Forgot your password?',
  },
  passwordReset: {
    title: 'Reset your password',
    emailSent: 'If an account exists, we sent a link to {email}.',
    newPassword: 'New password',
    confirmPassword: 'Confirm password',
    mismatch: 'The passwords do not match',
    tooShort: 'Password must be at least {min} characters',
    tokenInvalid: 'Invalid or expired reset token',
    success: 'Your password has been reset',
  },
  apiKeys: {
    title: 'API keys',
    create: 'Create API key',
    namePlaceholder: 'e.g. CI deploy key',
    secretOnce: 'Copy your secret key now. You will not be able to see it again.',
    revoke: 'Revoke',
    revokeConfirm: 'Revoke the key "{name}"? Requests using it will fail immediately.',
    lastUsed: 'Last used {when}',
    neverUsed: 'Never used',
    tokenLabel: 'Token',
    secretLabel: 'Secret',
  },
  twoFactor: {
    title: 'Two-factor authentication',
    scan: 'Scan this QR code with your authenticator app',
    enterCode: 'Enter the 6-digit code',
    recoveryCodes: 'Recovery codes',
    recoveryHint: 'Store these somewhere safe. Each code works once.',
    invalidCode: 'That code is not valid',
  },
}

export const de: Messages = {
  common: {
    save: 'Speichern',
    cancel: 'Abbrechen',
    loading: 'Wird geladen…',
    copy: 'Kopieren',
    copied: 'In die Zwischenablage kopiert',
    retry: 'Erneut versuchen',
  },
  login: {
    title: 'Anmelden',
    email: 'E-Mail',
    password: 'Passwort',
    passwordPlaceholder: 'Passwort eingeben',
    showPassword: 'Passwort anzeigen',
    hidePassword: 'Passwort verbergen',
    submit: 'Anmelden',
    invalid: 'E-Mail oder Passwort ist falsch',
    locked: 'Zu viele Versuche. Bitte in {minutes} Minuten erneut versuchen.',
    forgot: 'Passwort vergessen?',
  },
  passwordReset: {
    title: 'Passwort zurücksetzen',
    emailSent: 'Falls ein Konto existiert, haben wir einen Link an {email} gesendet.',
    newPassword: 'Neues Passwort',
    confirmPassword: 'Passwort bestätigen',
    mismatch: 'Die Passwörter stimmen nicht überein',
    tooShort: 'Das Passwort muss mindestens {min} Zeichen lang sein',
    tokenInvalid: 'Ungültiger oder abgelaufener Link',
    success: 'Dein Passwort wurde zurückgesetzt',
  },
  apiKeys: {
    title: 'API-Schlüssel',
    create: 'API-Schlüssel erstellen',
    namePlaceholder: 'z. B. CI-Deploy-Schlüssel',
    secretOnce: 'Kopiere den geheimen Schlüssel jetzt. Er wird nicht erneut angezeigt.',
    revoke: 'Widerrufen',
    revokeConfirm: 'Schlüssel „{name}“ widerrufen? Anfragen damit schlagen sofort fehl.',
    lastUsed: 'Zuletzt verwendet {when}',
    neverUsed: 'Nie verwendet',
    tokenLabel: 'Token',
    secretLabel: 'Geheimnis',
  },
  twoFactor: {
    title: 'Zwei-Faktor-Authentifizierung',
    scan: 'Scanne diesen QR-Code mit deiner Authenticator-App',
    enterCode: 'Gib den 6-stelligen Code ein',
    recoveryCodes: 'Wiederherstellungscodes',
    recoveryHint: 'Bewahre sie sicher auf. Jeder Code funktioniert einmal.',
    invalidCode: 'Dieser Code ist ungültig',
  },
}

export type Messages = typeof en

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`))
}
