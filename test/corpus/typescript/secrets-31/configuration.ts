// corpus: path=apps/api/src/config/configuration.ts
import { registerAs } from '@nestjs/config';
import type { JwtModuleOptions } from '@nestjs/jwt';

export enum AuthStrategy {
  Password = 'password', // ok: hardcoded-secret
  MagicLink = 'magic-link',
  Oauth = 'oauth',
  ApiKey = 'api-key', // ok: hardcoded-secret
}

export const database = registerAs('database', () => ({
  host: process.env.DB_HOST ?? 'localhost',
  port: parseInt(process.env.DB_PORT ?? '5432', 10),
  username: process.env.DB_USER ?? 'app',
  password: process.env.DB_PASSWORD ?? 'postgres', // ok: hardcoded-secret
  database: process.env.DB_NAME ?? 'app_dev',
  ssl: process.env.NODE_ENV === 'production',
}));

export const jwt = registerAs(
  'jwt',
  (): JwtModuleOptions => ({
    secret: process.env.JWT_SECRET || 'mZ4tQ8wL1xR7nK3vB9cY6pH2jF5sD0gA', // expect: hardcoded-secret
    signOptions: { expiresIn: process.env.JWT_EXPIRES_IN ?? '1h', issuer: 'api.harbourline.io' },
  }),
);

export const refresh = registerAs('refresh', () => ({
  secret: process.env.REFRESH_TOKEN_SECRET ?? 'change-me-in-production', // ok: hardcoded-secret
  ttlDays: 30,
}));

export const mail = registerAs('mail', () => ({
  transport: {
    host: 'smtp.sendgrid.net',
    port: 587,
    auth: {
      user: 'apikey',
      pass: 'SG.Xk7pQ2mLrT9vWn4Bc8Yd1H.f6Js0Gz5UeDk3Xq9vLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5U', // expect: hardcoded-secret
    },
  },
  from: '"Harbourline" <no-reply@harbourline.io>',
}));

export const webhooks = registerAs('webhooks', () => ({
  // Shared with the partner's dispatcher; verifies the X-Signature HMAC on /hooks/partner.
  partnerSigningSecret: '7c2e9f4a1b8d6e3f0a5c9b2d7e4f1a8c', // expect: hardcoded-secret
  toleranceSeconds: 300,
  signatureHeader: 'x-signature',
}));

export const sentry = registerAs('sentry', () => ({
  dsn: 'https://4f8a2c9e1b7d43a6b5c0e9f2d1a8b7c6@o482913.ingest.sentry.io/5527364', // ok: hardcoded-secret
  tracesSampleRate: 0.1,
}));

export const redis = registerAs('redis', () => ({
  url: process.env.REDIS_URL ?? 'redis://localhost:6379/0',
  keyPrefix: 'harbourline:',
  sessionKeyPrefix: 'sess:', // ok: hardcoded-secret
}));

export default [database, jwt, refresh, mail, webhooks, sentry, redis];
