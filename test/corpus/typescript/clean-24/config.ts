// corpus: path=src/config.ts
import { z } from 'zod'
import { readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import 'dotenv/config'

const commaList = z
  .string()
  .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().url(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  REDIS_URL: z.string().url(),
  SESSION_SECRET: z.string().min(32),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(24 * 14),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  CORS_ORIGINS: commaList.default(''),
  FEATURE_FLAGS_FILE: z.string().optional(),
  S3_BUCKET: z.string().min(3),
  S3_REGION: z.string().default('us-east-1'),
})

const FlagsSchema = z.record(z.string(), z.boolean())

export type Config = z.infer<typeof EnvSchema> & { flags: Record<string, boolean> }

function loadFlags(file: string | undefined, cwd: string): Record<string, boolean> {
  if (!file) return {}
  const resolved = path.resolve(cwd, file)
  if (!existsSync(resolved)) throw new Error(`FEATURE_FLAGS_FILE not found: ${resolved}`)
  const parsed = FlagsSchema.safeParse(JSON.parse(readFileSync(resolved, 'utf8')))
  if (!parsed.success) throw new Error(`FEATURE_FLAGS_FILE is not a map of flag -> boolean: ${resolved}`)
  return parsed.data
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const result = EnvSchema.safeParse(env)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment:\n${problems}`)
  }
  const cfg = result.data
  if (cfg.NODE_ENV === 'production' && cfg.CORS_ORIGINS.some((o) => o === '*')) {
    throw new Error('CORS_ORIGINS must list origins explicitly in production')
  }
  return { ...cfg, flags: loadFlags(cfg.FEATURE_FLAGS_FILE, cwd) }
}

export function isEnabled(cfg: Config, flag: string): boolean {
  return cfg.flags[flag] ?? false
}

/** What is safe to print at startup: never the secrets or the credentials in the URLs. */
export function describeConfig(cfg: Config): Record<string, unknown> {
  const host = (url: string) => {
    try {
      return new URL(url).host
    } catch {
      return 'invalid'
    }
  }
  return {
    env: cfg.NODE_ENV,
    port: cfg.PORT,
    database: host(cfg.DATABASE_URL),
    redis: host(cfg.REDIS_URL),
    poolMax: cfg.DATABASE_POOL_MAX,
    corsOrigins: cfg.CORS_ORIGINS,
    flags: Object.keys(cfg.flags).filter((f) => cfg.flags[f]),
  }
}

export const config = loadConfig()
