/**
 * The AI reviewer's settings, read from the `AI_*` vars. Every number has a safe default and a
 * clamp, so a typo can slow the reviewer down or switch it off but never take a review down.
 */
import type { Severity } from '../review/types'
import { chatCompletionsUrl, createOpenAiProvider } from './openai-provider'
import type { AiProvider } from './provider'
import { createWorkersAiProvider, type WorkersAiBinding } from './workers-ai-provider'

export type AiProviderName = 'workers-ai' | 'openai'

/** The AI alone never raises a `critical`: that takes a rule someone can read and test. */
export type AiSeverityCap = Exclude<Severity, 'critical'>

export interface AiConfig {
  provider: AiProviderName | 'off'
  model: string
  baseUrl: string
  maxSeverity: AiSeverityCap
  chunkTokens: number
  maxChunks: number
  concurrency: number
  timeBudgetMs: number
  callTimeoutMs: number
  retries: number
  /** Output budget per call: a summary plus a dozen findings. */
  maxOutputTokens: number
  /** Why the provider is off although `AI_PROVIDER` was set (an unknown name). */
  problem?: string
  /** Vars that were present but malformed or out of range; a default or clamp is in use. */
  invalid: string[]
}

type AiVarName =
  | 'AI_PROVIDER'
  | 'AI_MODEL'
  | 'AI_BASE_URL'
  | 'AI_MAX_SEVERITY'
  | 'AI_CHUNK_TOKENS'
  | 'AI_MAX_CHUNKS'
  | 'AI_CONCURRENCY'
  | 'AI_TIME_BUDGET_MS'
  | 'AI_CALL_TIMEOUT_MS'
  | 'AI_RETRIES'

export type AiEnv = Partial<Record<AiVarName, string>> & { AI?: unknown; AI_API_KEY?: string }

export const DEFAULT_WORKERS_AI_MODEL = '@cf/qwen/qwen2.5-coder-32b-instruct'

type NumericVar = Exclude<AiVarName, 'AI_PROVIDER' | 'AI_MODEL' | 'AI_BASE_URL' | 'AI_MAX_SEVERITY'>

const NUMBERS: Record<NumericVar, { fallback: number; min: number; max: number }> = {
  AI_CHUNK_TOKENS: { fallback: 6000, min: 500, max: 100_000 },
  AI_MAX_CHUNKS: { fallback: 8, min: 1, max: 50 },
  AI_CONCURRENCY: { fallback: 2, min: 1, max: 10 },
  // A queue consumer has 15 minutes of wall time; the review lease is renewed far sooner.
  AI_TIME_BUDGET_MS: { fallback: 60_000, min: 1_000, max: 900_000 },
  AI_CALL_TIMEOUT_MS: { fallback: 25_000, min: 1_000, max: 300_000 },
  AI_RETRIES: { fallback: 1, min: 0, max: 5 },
}

const CAPS: readonly AiSeverityCap[] = ['major', 'minor', 'info']

export function readAiConfig(env: AiEnv): AiConfig {
  const invalid: string[] = []
  const number = (name: NumericVar): number => {
    const { fallback, min, max } = NUMBERS[name]
    const raw = env[name]?.trim()
    if (raw === undefined || raw === '') return fallback
    const value = Number(raw)
    if (!Number.isFinite(value)) {
      invalid.push(name)
      return fallback
    }
    const clamped = Math.min(max, Math.max(min, Math.floor(value)))
    if (clamped !== value) invalid.push(name)
    return clamped
  }

  const rawProvider = (env.AI_PROVIDER ?? '').trim().toLowerCase()
  const known = rawProvider === 'workers-ai' || rawProvider === 'openai'
  const rawCap = (env.AI_MAX_SEVERITY ?? '').trim().toLowerCase()
  const cap = CAPS.find((c) => c === rawCap)
  if (rawCap !== '' && !cap) invalid.push('AI_MAX_SEVERITY')
  const model = (env.AI_MODEL ?? '').trim()

  return {
    provider: known ? rawProvider : 'off',
    model: model || (rawProvider === 'workers-ai' ? DEFAULT_WORKERS_AI_MODEL : ''),
    baseUrl: (env.AI_BASE_URL ?? '').trim(),
    maxSeverity: cap ?? 'major',
    chunkTokens: number('AI_CHUNK_TOKENS'),
    maxChunks: number('AI_MAX_CHUNKS'),
    concurrency: number('AI_CONCURRENCY'),
    timeBudgetMs: number('AI_TIME_BUDGET_MS'),
    callTimeoutMs: number('AI_CALL_TIMEOUT_MS'),
    retries: number('AI_RETRIES'),
    maxOutputTokens: 2048,
    ...(rawProvider !== '' && !known
      ? { problem: `AI_PROVIDER=${rawProvider.slice(0, 40)} is not one of workers-ai, openai` }
      : {}),
    invalid,
  }
}

/** What stops the configured provider from working, in words fit for `/health`. */
export function findAiSetupProblem(env: AiEnv, config: AiConfig): string | undefined {
  if (config.problem) return config.problem
  if (config.provider === 'workers-ai') {
    if (!hasRun(env.AI)) return 'AI_PROVIDER=workers-ai but no AI binding'
  } else if (config.provider === 'openai') {
    if (config.baseUrl === '') return 'AI_PROVIDER=openai but no AI_BASE_URL'
    if (!chatCompletionsUrl(config.baseUrl)) return 'AI_BASE_URL is not an http(s) URL'
    // fetch() refuses URLs with credentials, and they would end up in logs; keys go in AI_API_KEY.
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(config.baseUrl)) return 'AI_BASE_URL must not contain credentials (use the AI_API_KEY secret)'
  }
  if (config.provider !== 'off' && config.model === '') return `AI_PROVIDER=${config.provider} but no AI_MODEL`
  return undefined
}

/** The provider to use, or `undefined` when the AI reviewer is off or cannot work. */
export function createAiProvider(env: AiEnv, config: AiConfig, deps: { fetch?: typeof fetch } = {}): AiProvider | undefined {
  if (config.provider === 'off' || findAiSetupProblem(env, config)) return undefined
  if (config.provider === 'workers-ai') return createWorkersAiProvider(env.AI as WorkersAiBinding, config.model)
  return createOpenAiProvider({
    baseUrl: config.baseUrl,
    model: config.model,
    ...(env.AI_API_KEY ? { apiKey: env.AI_API_KEY } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  })
}

function hasRun(binding: unknown): binding is WorkersAiBinding {
  return typeof binding === 'object' && binding !== null && typeof (binding as { run?: unknown }).run === 'function'
}
