// corpus: path=src/env.ts
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().default('redis://localhost:6379'),
  SESSION_SECRET: z.string().min(32),
  STRIPE_WEBHOOK_SECRET: z.string().default('whsec_placeholder'), // ok: hardcoded-secret
  NEXTAUTH_SECRET: z.string().default('Zq8vR3kL1mN7pX4tW9yB2cF6hJ0sD5gA'), // expect: hardcoded-secret
  RESEND_API_KEY: z.string().optional(),
  PUBLIC_API_URL: z.string().default('https://api.example.com'),
});

export const env = schema.parse(process.env);

export const integrations = {
  mailchimp: {
    server: 'us21',
    apiKey: process.env.MAILCHIMP_API_KEY ?? '8f2c4e6a9b1d3f5e7a0c2e4b6d8f1a3c-us21', // expect: hardcoded-secret
  },
  recaptcha: {
    siteKey: '6LcR8xQpAAAAAKx2mQ9vN4pL7tZ1wB6yC3fH5jD0', // ok: hardcoded-secret
    secretKey: process.env.RECAPTCHA_SECRET ?? '', // ok: hardcoded-secret
  },
  crm: {
    baseUrl: 'http://crm.salesforce-partner.net/services/data/v58.0', // expect: cleartext-http
    clientId: process.env.CRM_CLIENT_ID,
  },
  tracing: {
    collectorUrl: process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'http://localhost:4318', // ok: cleartext-http
  },
};

export const isProd = env.NODE_ENV === 'production';
