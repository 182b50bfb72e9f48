// corpus: path=src/api/errors.ts
/** Error codes the API returns, with the message id the client translates them with. */
export enum AuthError {
  InvalidToken = 'AUTH_INVALID_TOKEN',
  ExpiredToken = 'AUTH_EXPIRED_TOKEN',
  WrongPassword = 'AUTH_WRONG_PASSWORD',
  WeakPassword = 'AUTH_WEAK_PASSWORD',
  RevokedApiKey = 'AUTH_REVOKED_API_KEY',
}

export const AUTH_ERROR_MESSAGE_IDS: Record<AuthError, string> = {
  [AuthError.InvalidToken]: 'errors.auth.invalidToken',
  [AuthError.ExpiredToken]: 'errors.auth.expiredToken',
  [AuthError.WrongPassword]: 'errors.auth.wrongPassword',
  [AuthError.WeakPassword]: 'errors.auth.weakPassword',
  [AuthError.RevokedApiKey]: 'errors.auth.revokedApiKey',
};

/** Legacy numeric codes still sent by the v1 mobile apps, mapped onto the new ones. */
export const LEGACY_CODES = {
  invalidToken: 'E401-017', // ok: hardcoded-secret
  expiredToken: 'E401-018', // ok: hardcoded-secret
  wrongPassword: 'E403-002', // ok: hardcoded-secret
  resetToken: 'E410-031', // ok: hardcoded-secret
} as const;

/** Translation ids for the password rules shown under the field. */
export const passwordRules = [
  { id: 'auth.password.rules.min_length_12', test: (p: string) => p.length >= 12 },
  { id: 'auth.password.rules.has_digit', test: (p: string) => /\d/.test(p) },
  { id: 'auth.password.rules.not_email', test: (p: string, email?: string) => !email || !p.includes(email.split('@')[0]!) },
];

export const i18nKeys = {
  password: 'auth.fields.password_v2', // ok: hardcoded-secret
  newPassword: 'auth.fields.new_password_v2', // ok: hardcoded-secret
  apiToken: 'settings.tokens.api_token_label_2fa', // ok: hardcoded-secret
  secret: 'settings.webhooks.signing_secret',
};

export class ApiError extends Error {
  constructor(
    readonly code: AuthError | string,
    readonly status: number,
    message?: string,
  ) {
    super(message ?? code);
  }
}

export function fromLegacy(code: string): AuthError | undefined {
  const entry = Object.entries(LEGACY_CODES).find(([, legacy]) => legacy === code);
  if (!entry) return undefined;
  const [name] = entry;
  return name === 'wrongPassword' ? AuthError.WrongPassword : name === 'expiredToken' ? AuthError.ExpiredToken : AuthError.InvalidToken;
}
