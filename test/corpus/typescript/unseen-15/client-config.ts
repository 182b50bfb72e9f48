// corpus: path=src/config/clients.ts
import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LEDGER_TOKEN: z.string().min(1),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

const env = Env.parse(process.env);

export const clients = {
  ledger: {
    baseUrl: 'http://ledger.partner-payments.com/api/v3', // expect: cleartext-http
    token: env.LEDGER_TOKEN,
    timeoutMs: 8000,
  },
  geo: {
    baseUrl: 'https://geo.example.com/v1',
    timeoutMs: 2000,
  },
  devMailer: {
    baseUrl: 'http://localhost:1025', // ok: cleartext-http
  },
  schemas: {
    xmlns: 'http://www.w3.org/2001/XMLSchema-instance', // ok: cleartext-http
  },
} as const;

export const isProduction = env.NODE_ENV === 'production';
export const logLevel = env.LOG_LEVEL;

export function retryDelay(attempt: number): number {
  const base = Math.min(30_000, 250 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2); // ok: insecure-random
}
