// corpus: path=src/shared/routes.ts
export const routes = {
  home: '/',
  login: '/login',
  logout: '/logout',
  signup: '/signup',
  forgotPassword: '/auth/forgot-password',
  resetPassword: '/auth/reset-password/:token',
  verifyEmail: '/auth/verify/:token',
  oauthCallback: '/auth/callback/:provider',
  settings: {
    profile: '/settings/profile',
    password: '/settings/password',
    twoFactor: '/settings/two-factor',
    apiKeys: '/settings/api-keys',
    apiKey: '/settings/api-keys/:keyId',
    webhooks: '/settings/webhooks',
    webhookSecret: '/settings/webhooks/:id/secret',
    sessions: '/settings/sessions',
  },
  api: {
    token: '/api/oauth/token',
    revoke: '/api/oauth/revoke',
    introspect: '/api/oauth/introspect',
    apiKeys: '/api/v1/api-keys',
    rotateKey: '/api/v1/api-keys/:keyId/rotate',
    secrets: '/api/v1/projects/:projectId/secrets',
    secret: '/api/v1/projects/:projectId/secrets/:name',
  },
} as const

export const events = {
  userSignedUp: 'user.signed_up',
  userLoggedIn: 'user.logged_in',
  passwordChanged: 'user.password_changed',
  passwordResetRequested: 'user.password_reset_requested',
  twoFactorEnabled: 'user.two_factor_enabled',
  apiKeyCreated: 'api_key.created',
  apiKeyRotated: 'api_key.rotated',
  apiKeyRevoked: 'api_key.revoked',
  secretCreated: 'secret.created',
  secretUpdated: 'secret.updated',
  secretDeleted: 'secret.deleted',
  webhookSecretRotated: 'webhook.secret_rotated',
  tokenRefreshed: 'session.token_refreshed',
} as const

export type EventName = (typeof events)[keyof typeof events]

export const queues = {
  email: 'email-outbound',
  webhooks: 'webhook-deliveries',
  secretRotation: 'secret-rotation',
  tokenCleanup: 'token-cleanup',
} as const

export const cacheKeys = {
  session: (id: string) => `session:${id}`,
  apiKey: (prefix: string) => `api-key:${prefix}`,
  passwordResetToken: (hash: string) => `pwreset:${hash}`,
  rateLimit: (ip: string, route: string) => `rl:${route}:${ip}`,
  jwks: 'jwks:current',
} as const

export function buildPath(template: string, params: Record<string, string>): string {
  return template.replace(/:(\w+)/g, (_, key: string) => {
    const value = params[key]
    if (value === undefined) throw new Error(`missing route param ${key}`)
    return encodeURIComponent(value)
  })
}
