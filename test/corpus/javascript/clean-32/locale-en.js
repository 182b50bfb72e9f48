// corpus: path=src/i18n/locales/en.js
export default {
  common: {
    loading: 'Loading…',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    copy: 'Copy',
    copied: 'Copied!',
  },
  actions: {
    search: 'Search',
    signIn: 'Sign in',
    signOut: 'Sign out',
  },
  auth: {
    email: 'Email address',
    password: 'Password', // ok: hardcoded-secret
    passwordHint: 'At least 12 characters',
    confirmPassword: 'Confirm password', // ok: hardcoded-secret
    forgotPassword: 'Forgot your password?',
    resetPassword: 'Reset password',
    invalidCredentials: 'Incorrect email or password.',
    resetSent: 'If an account exists for {{email}}, we sent a link to reset the password.',
    passwordChanged: 'Your password was changed. Other sessions have been signed out.',
    twoFactorCode: 'Six-digit code from your authenticator app',
  },
  tokens: {
    title: 'Personal access tokens',
    description: 'Tokens let scripts and CI call the API on your behalf.',
    create: 'Generate new token',
    secretOnce: 'Copy this token now. For your security it will not be shown again.',
    tokenLabel: 'Token', // ok: hardcoded-secret
    example: 'curl -H "Authorization: Bearer pat_xxxxxxxxxxxxxxxxxxxx" https://api.changelog.example.dev/v1/releases',
    lastUsed: 'Last used {{when}}',
    neverUsed: 'Never used',
    revoke: 'Revoke',
    revokeConfirm: 'Scripts using “{{name}}” will stop working immediately.',
  },
  releases: {
    searchPlaceholder: 'Search versions and entries',
    resultsFor: 'Results for “{{query}}”',
    notFound: 'This workspace does not exist or you do not have access.',
    empty: 'No releases yet. Connect a repository to get started.',
    published: 'Published {{date}}',
    entries_one: '{{count}} entry',
    entries_other: '{{count}} entries',
  },
  webhooks: {
    secretLabel: 'Signing secret',
    secretHelp: 'We sign each delivery with HMAC-SHA256 in the X-Changelog-Signature header.',
    secretPlaceholder: 'whsec_…',
    rotate: 'Rotate secret',
  },
  billing: {
    testModeBanner: 'Test mode: use card 4242 4242 4242 4242 with any future date and CVC.',
    plan_team: 'Team',
    plan_free: 'Free',
    upgrade: 'Upgrade',
  },
  errors: {
    generic: 'Something went wrong. Please try again.',
    rateLimited: 'Too many requests. Try again in {{seconds}} seconds.',
    sessionExpired: 'Your session expired. Please sign in again.',
    forbidden: 'You do not have permission to do that.',
  },
  keys: {
    sshKeyTitle: 'Deploy key',
    sshKeyExample: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx6Lr3y0m4pZ8b5bWq1tJm9f8Uu0e2n3r4s5t6u7v8w deploy@changelog',
    gpgFingerprint: 'Fingerprint: 3AA5 C343 7156 7BD2 2B0F  7C46 4E3A 8C4A 1D2F 9B0E',
  },
}
