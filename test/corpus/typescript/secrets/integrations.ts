// corpus: path=src/config/integrations.ts
import { z } from 'zod';

const EnvSchema = z.object({
  SENDGRID_API_KEY: z.string().min(1),
  TWILIO_AUTH_TOKEN: z.string().min(1),
  OPENAI_API_KEY: z.string().startsWith('sk-'),
});

export const env = EnvSchema.parse(process.env); // ok: hardcoded-secret

export const integrations = {
  sendgrid: { apiKey: env.SENDGRID_API_KEY, from: 'noreply@example.com' }, // ok: hardcoded-secret
  twilio: {
    accountSid: 'AC3f9e2d1c0b8a7f6e5d4c3b2a1f0e9d8c', // ok: hardcoded-secret
    authToken: 'e4b7c2a9f1d8e3b6a0c5f2d9e7b4a1c8', // expect: hardcoded-secret
  },
  openai: { apiKey: 'sk-proj-Xq7RvT2mK9pL4wN8yZ1bC6dF3gH5jA0sE2uI7oP9' }, // expect: hardcoded-secret
  mapbox: { publicToken: process.env.NEXT_PUBLIC_MAPBOX_TOKEN ?? '' }, // ok: hardcoded-secret
  sentry: { dsn: 'https://3f2a9c1e7b4d4e8fa6b0c2d5e1f7a9b3@o123456.ingest.sentry.io/7654321' }, // ok: hardcoded-secret
};

export const TEST_CARD = '4242424242424242'; // ok: hardcoded-secret
export const DEFAULT_PASSWORD_MIN_LENGTH = 12; // ok: hardcoded-secret
