// corpus: path=src/config/env.ts
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
  PORT: z.coerce.number().int().positive().default(3000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().default('redis://localhost:6379'),
  SESSION_SECRET: z.string().min(32).default('Vn3Kx8Qp1Lz6Wm4Tr9Hb2Jd7Fc0Ys5Ge'), // expect: hardcoded-secret
  JWT_SECRET: z.string().min(32),
  JWT_AUDIENCE: z.string().default('inventory-api'),
  PASSWORD_PEPPER_VERSION: z.coerce.number().default(2),
  SENDGRID_API_KEY: z.string().startsWith('SG.'), // ok: hardcoded-secret
  WEBHOOK_SIGNATURE_HEADER: z.string().default('x-inventory-signature'), // ok: hardcoded-secret
  PUBLIC_STRIPE_KEY: z.string().default('pk_test_51Hq8ZxLkRt2Vw9Nm4Bc7Jd1Fs6Gy0Pe3'), // ok: hardcoded-secret
  ANALYTICS_URL: z.string().url().default('http://analytics.inventoryhq.com/collect'), // expect: cleartext-http
  ALLOWED_ORIGINS: z
    .string()
    .default('https://admin.inventoryhq.com')
    .transform((s) => s.split(',').map((o) => o.trim())),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}

export const REQUIRED_SECRETS = ['DATABASE_URL', 'JWT_SECRET', 'SENDGRID_API_KEY'] as const; // ok: hardcoded-secret
