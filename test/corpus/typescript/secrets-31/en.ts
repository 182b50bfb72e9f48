// corpus: path=src/i18n/locales/en.ts
export const en = {
  auth: {
    signIn: 'Sign in',
    email: 'Email address',
    password: 'Password', // ok: hardcoded-secret
    confirmPassword: 'Confirm password', // ok: hardcoded-secret
    forgotPassword: 'Forgot your password?', // ok: hardcoded-secret
    passwordTooShort: 'Password must be at least {{min}} characters', // ok: hardcoded-secret
    resetToken: 'This reset link has expired. Request a new one.', // ok: hardcoded-secret
    twoFactorSecret: 'Scan this code with your authenticator app', // ok: hardcoded-secret
  },
  settings: {
    apiKeys: {
      title: 'API keys',
      create: 'Create key',
      secretKey: 'Secret key', // ok: hardcoded-secret
      revealOnce: 'Copy this key now. You will not be able to see it again.',
      tokenPlaceholder: 'sk_live_••••••••••••', // ok: hardcoded-secret
    },
  },
};

export const ROUTES = {
  login: '/login',
  resetPassword: '/auth/reset-password', // ok: hardcoded-secret
  apiTokens: '/settings/api-tokens', // ok: hardcoded-secret
  oauthCallback: '/auth/callback',
} as const;

export const TOKEN_STORAGE_KEY = 'trailhead.auth.token'; // ok: hardcoded-secret
export const CSRF_HEADER = 'X-CSRF-Token';
