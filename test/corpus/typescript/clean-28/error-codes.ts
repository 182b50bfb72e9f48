// corpus: path=src/errors/codes.ts
export const ErrorCode = {
  InvalidCredentials: 'auth/invalid-credentials',
  InvalidToken: 'auth/invalid-token',
  TokenExpired: 'auth/token-expired',
  RefreshTokenReused: 'auth/refresh-token-reused',
  PasswordTooWeak: 'auth/password-too-weak',
  PasswordReused: 'auth/password-reused',
  OtpRequired: 'auth/otp-required',
  OtpInvalid: 'auth/otp-invalid',
  ApiKeyRevoked: 'api-key/revoked',
  ApiKeyNotFound: 'api-key/not-found',
  ApiKeyLimit: 'api-key/limit-reached',
  SecretNotFound: 'secrets/not-found',
  SecretVersionConflict: 'secrets/version-conflict',
  WebhookSignatureInvalid: 'webhooks/signature-invalid',
  WebhookSecretMissing: 'webhooks/secret-missing',
  RateLimited: 'rate-limited',
  Forbidden: 'forbidden',
  NotFound: 'not-found',
  Internal: 'internal',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export const httpStatusFor: Record<ErrorCode, number> = {
  'auth/invalid-credentials': 401,
  'auth/invalid-token': 401,
  'auth/token-expired': 401,
  'auth/refresh-token-reused': 401,
  'auth/password-too-weak': 422,
  'auth/password-reused': 422,
  'auth/otp-required': 401,
  'auth/otp-invalid': 401,
  'api-key/revoked': 401,
  'api-key/not-found': 404,
  'api-key/limit-reached': 409,
  'secrets/not-found': 404,
  'secrets/version-conflict': 409,
  'webhooks/signature-invalid': 400,
  'webhooks/secret-missing': 500,
  'rate-limited': 429,
  forbidden: 403,
  'not-found': 404,
  internal: 500,
}

export const publicMessage: Record<ErrorCode, string> = {
  'auth/invalid-credentials': 'Email or password is incorrect',
  'auth/invalid-token': 'The token is not valid',
  'auth/token-expired': 'The token has expired',
  'auth/refresh-token-reused': 'Please sign in again',
  'auth/password-too-weak': 'Choose a longer password',
  'auth/password-reused': 'Choose a password you have not used before',
  'auth/otp-required': 'A one-time code is required',
  'auth/otp-invalid': 'The one-time code is not valid',
  'api-key/revoked': 'This API key has been revoked',
  'api-key/not-found': 'No such API key',
  'api-key/limit-reached': 'This project has reached its API key limit',
  'secrets/not-found': 'No such secret',
  'secrets/version-conflict': 'The secret changed since you loaded it',
  'webhooks/signature-invalid': 'Signature verification failed',
  'webhooks/secret-missing': 'Webhook signing is not configured',
  'rate-limited': 'Too many requests',
  forbidden: 'Forbidden',
  'not-found': 'Not found',
  internal: 'Internal error',
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message = publicMessage[code],
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
  }

  get status(): number {
    return httpStatusFor[this.code]
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, details: this.details } }
  }
}
