/**
 * One model call with a deadline, retried with backoff. The timeout races the provider rather
 * than trusting it to honour the abort signal, so a backend that hangs costs at most its slice
 * of the budget. No call outlives the changeset's overall time budget.
 */
import { AiProviderError, type AiProvider, type ChatMessage } from './provider'

export interface CallPolicy {
  callTimeoutMs: number
  retries: number
  /** Epoch ms at which the changeset's time budget runs out. */
  deadline: number
  now: () => number
  maxTokens: number
  schema: object
}

export interface CallOutcome {
  text?: string
  /** The last failure, when no attempt succeeded. */
  error?: unknown
  calls: number
  failedCalls: number
  /** The time budget ran out before an attempt could succeed. */
  outOfBudget: boolean
}

const BACKOFF_MS = 250

export async function callModel(provider: AiProvider, messages: ChatMessage[], policy: CallPolicy): Promise<CallOutcome> {
  const outcome: CallOutcome = { calls: 0, failedCalls: 0, outOfBudget: false }
  for (let attempt = 0; attempt <= policy.retries; attempt++) {
    const remaining = policy.deadline - policy.now()
    if (remaining <= 0) return { ...outcome, outOfBudget: true }
    const cutByBudget = remaining < policy.callTimeoutMs
    const timeoutMs = cutByBudget ? remaining : policy.callTimeoutMs
    outcome.calls++
    try {
      const text: unknown = await withTimeout(
        (signal) => provider.chat(messages, { signal, maxTokens: policy.maxTokens, schema: policy.schema }),
        timeoutMs,
      )
      if (typeof text !== 'string') throw new AiProviderError('bad-reply', 'reply is not text')
      return { ...outcome, text, error: undefined }
    } catch (error) {
      outcome.failedCalls++
      outcome.error = error
      const timedOut = error instanceof AiProviderError && error.kind === 'timeout'
      if (timedOut && cutByBudget) return { ...outcome, outOfBudget: true }
      if (error instanceof AiProviderError && !error.retryable) break
      if (attempt === policy.retries) break
      const backoff = BACKOFF_MS * 2 ** attempt
      if (policy.now() + backoff >= policy.deadline) return { ...outcome, outOfBudget: true }
      await sleep(backoff)
    }
  }
  return outcome
}

async function withTimeout<T>(run: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | null = null
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new AiProviderError('timeout', `timed out after ${formatSeconds(ms)}`)
      controller.abort(error)
      reject(error)
    }, ms)
  })
  try {
    return await Promise.race([run(controller.signal), timeout])
  } finally {
    clearTimeout(timer)
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** `25 s`, `1.5 s`, `0.15 s`: warnings speak in seconds whatever the configured unit. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`
}
