// corpus: path=src/routes/schemas.ts
import { z } from '@hono/zod-openapi'

export const ApiKeySchema = z
  .object({
    id: z.string().openapi({ example: 'key_01HZX3K9Q2V7' }),
    name: z.string().max(64).openapi({ example: 'Production' }),
    prefix: z.string().openapi({ example: 'ak_live_3f9a', description: 'The first characters of the key, shown so users can tell keys apart' }),
    created_at: z.string().datetime().openapi({ example: '2026-01-04T09:00:00Z' }),
    last_used_at: z.string().datetime().nullable().openapi({ example: null }),
  })
  .openapi('ApiKey')

export const CreatedApiKeySchema = ApiKeySchema.extend({
  secret: z.string().openapi({
    description: 'The full key. It is returned once, at creation, and never again.',
    example: 'ak_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  }),
}).openapi('CreatedApiKey')

export const TokenRequestSchema = z
  .discriminatedUnion('grant_type', [
    z.object({
      grant_type: z.literal('client_credentials'),
      client_id: z.string().openapi({ example: 'cli_7d3e9a' }),
      client_secret: z.string().openapi({ example: '<your client secret>' }),
    }),
    z.object({
      grant_type: z.literal('refresh_token'),
      refresh_token: z.string().openapi({ example: 'rt_…' }),
    }),
  ])
  .openapi('TokenRequest')

export const TokenResponseSchema = z
  .object({
    access_token: z.string().openapi({
      example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', // ok: hardcoded-secret
    }),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int().openapi({ example: 900 }),
    scope: z.string().openapi({ example: 'read:projects write:projects' }),
  })
  .openapi('TokenResponse')

export const WebhookEndpointSchema = z
  .object({
    id: z.string().openapi({ example: 'wh_01HZX4' }),
    url: z.string().url().openapi({ example: 'https://example.com/hooks/acme' }),
    events: z.array(z.string()).openapi({ example: ['api_key.created', 'secret.updated'] }),
    secret: z.string().openapi({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'Shown once. Use it to verify the X-Acme-Signature header.' }), // ok: hardcoded-secret
  })
  .openapi('WebhookEndpoint')

export const ChangePasswordSchema = z
  .object({
    current_password: z.string().min(1).openapi({ example: 'old password' }),
    new_password: z.string().min(12).max(128).openapi({ example: 'a much longer passphrase' }),
  })
  .refine((v) => v.current_password !== v.new_password, { message: 'Choose a new password', path: ['new_password'] })
  .openapi('ChangePassword')

export const SecretSchema = z
  .object({
    name: z.string().regex(/^[A-Z][A-Z0-9_]*$/).openapi({ example: 'DATABASE_URL' }),
    value: z.string().max(16_384).openapi({ example: 'postgres://app:app@localhost:5432/app_dev' }), // ok: hardcoded-secret
    version: z.number().int().openapi({ example: 3 }),
  })
  .openapi('Secret')

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'auth/invalid-token' }),
      message: z.string().openapi({ example: 'The token is not valid' }),
      request_id: z.string().openapi({ example: 'req_8f14e45fceea167a' }),
    }),
  })
  .openapi('Error')
