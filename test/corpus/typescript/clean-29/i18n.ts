// corpus: path=src/i18n/en.ts
export const en = {
  auth: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    email: 'Email address',
    password: 'Password',
    passwordHint: 'At least 12 characters. Use a passphrase you don’t use anywhere else.',
    passwordMismatch: 'Passwords don’t match',
    forgotPassword: 'Forgot password?',
    magicLinkSent: 'Check {{email}} for a sign-in link.',
    tokenExpired: 'This link has expired. Request a new one.',
    invalidCredentials: 'Incorrect email or password.',
    twoFactor: {
      title: 'Two-factor authentication',
      secretLabel: 'Setup key',
      secretHelp: 'If you can’t scan the QR code, type this key into your authenticator app.',
      exampleSecret: 'JBSWY3DPEHPK3PXP', // ok: hardcoded-secret
      recoveryCodes: 'Recovery codes',
    },
  },
  apiKeys: {
    title: 'API keys',
    create: 'Create key',
    createdNotice: 'Copy this key now. For your security we won’t show it again.',
    secretKey: 'Secret key',
    keyPlaceholder: 'tk_live_••••••••••••••••', // ok: hardcoded-secret
    revoke: 'Revoke',
    revokeConfirm: 'Revoke “{{name}}”? Anything using it will stop working immediately.',
    lastUsed: 'Last used {{when}}',
    neverUsed: 'Never used',
  },
  webhooks: {
    signingSecret: 'Signing secret',
    signingSecretHelp: 'We sign every delivery with this secret in the X-Tasks-Signature header.',
    rotateSecret: 'Rotate secret',
    exampleHeader: 'X-Tasks-Signature: t=1714567890,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd', // ok: hardcoded-secret
  },
  task: {
    due: 'Due {{date}}',
    noDueDate: 'No due date',
    unassigned: 'Unassigned',
    open: 'Open task {{title}}',
  },
  billing: {
    cardNumber: 'Card number',
    cardPlaceholder: '1234 1234 1234 1234',
    testCardHint: 'In test mode, use 4242 4242 4242 4242 with any future date and any CVC.',
    cvc: 'CVC',
  },
  errors: {
    generic: 'Something went wrong. Please try again.',
    network: 'You appear to be offline.',
    forbidden: 'You don’t have permission to do that.',
    sessionExpired: 'Your session expired. Sign in again to continue.',
  },
} as const

export type Messages = typeof en
