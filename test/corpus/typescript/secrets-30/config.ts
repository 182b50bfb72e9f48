// corpus: path=src/server/config.ts
import { z } from 'zod';

const env = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().url(),
    REDIS_URL: z.string().url().default('redis://localhost:6379'),
    JWT_SECRET: z.string().min(32),
    STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_'),
    SMTP_PASSWORD: z.string().optional(),
    SENTRY_AUTH_TOKEN: z.string().optional(),
  })
  .parse(process.env);

/** Names the deploy pipeline checks are present in the secret store before promoting a build. */
export const REQUIRED_SECRETS = ['JWT_SECRET', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'SMTP_PASSWORD'] as const;

/** Where each secret is kept; the runtime reads them through the mounted env, never these paths directly. */
export const SECRET_SOURCES = {
  jwtSecret: 'projects/acme-retail-prod/secrets/jwt-signing-key/versions/4', // ok: hardcoded-secret
  stripeSecretKey: 'projects/acme-retail-prod/secrets/stripe-secret-key/versions/12', // ok: hardcoded-secret
  smtpPassword: 'projects/acme-retail-prod/secrets/smtp-password/versions/latest', // ok: hardcoded-secret
};

export const config = {
  env: env.NODE_ENV,
  db: {
    url: env.DATABASE_URL,
    replicaUrl: process.env.DATABASE_REPLICA_URL ?? '',
    poolSize: Number(process.env.DB_POOL_SIZE ?? 10),
  },
  auth: {
    jwtSecret: env.JWT_SECRET,
    jwtIssuer: 'https://auth.acme-retail.com/',
    accessTokenTtl: '15m',
    refreshTokenTtl: '30d',
    passwordMinLength: 12,
    tokenAlgorithm: 'HS512',
  },
  stripe: {
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    apiVersion: '2024-06-20',
  },
  smtp: {
    host: process.env.SMTP_HOST ?? 'smtp.eu.mailgun.org',
    port: 587,
    user: process.env.SMTP_USER ?? 'postmaster@mg.acme-retail.com',
    password: env.SMTP_PASSWORD ?? '',
  },
};

// Reporting replica for the nightly finance export; read-only role.
export const REPORTING_DB_URL = 'postgres://finance_ro:Qm7vL2xT9pKw4Zr8@reporting.cluster-c9x2kq.eu-west-1.rds.amazonaws.com:5432/finance'; // expect: hardcoded-secret

// TODO move to the secret store before the audit
export const LEGACY_ERP_API_KEY = 'a7F3kQ9mX2vB8nR4tL6wZ1pY5cH0jD3s'; // expect: hardcoded-secret

export const SHIPPING_WEBHOOK_SIGNING_SECRET = process.env.SHIPPING_WEBHOOK_SIGNING_SECRET || 'Zt8qN3vK6xL1mP9wR4sB7yC2'; // expect: hardcoded-secret
