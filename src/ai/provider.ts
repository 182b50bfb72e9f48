import { redactSecrets } from '../review/redact'

/**
 * The seam between the AI reviewer and whichever model serves it. Providers only move text:
 * prompting, validation and anchoring live elsewhere, so a new backend is one small file.
 */

export interface ChatMessage {
  role: 'system' | 'user'
  content: string
}

export interface ChatOptions {
  signal: AbortSignal
  maxTokens: number
  /** JSON schema of the expected reply, for backends that can enforce one. */
  schema: object
}

export interface AiProvider {
  /** `workers-ai` or `openai`: shown in `/health` and in warnings. */
  name: string
  model: string
  /** The raw text of the model's reply; throws `AiProviderError` (or anything) on failure. */
  chat(messages: ChatMessage[], opts: ChatOptions): Promise<string>
}

export type AiFailureKind = 'http' | 'timeout' | 'network' | 'bad-reply' | 'provider'

/**
 * A failed model call, described without anything a caller could leak: the status, never the
 * request URL, headers or body (they may carry the API key or diff content).
 */
export class AiProviderError extends Error {
  override readonly name = 'AiProviderError'

  constructor(
    readonly kind: AiFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }

  /** 4xx other than throttling and timeouts means the request itself is wrong: retrying cannot help. */
  get retryable(): boolean {
    if (this.kind !== 'http' || this.status === undefined) return this.kind !== 'bad-reply'
    return this.status === 408 || this.status === 409 || this.status === 425 || this.status === 429 || this.status >= 500
  }
}

/** A short, log-safe reason for a warning such as `AI reviewer unavailable (HTTP 503)`. */
export function describeAiFailure(error: unknown): string {
  if (error instanceof AiProviderError) return error.message
  const raw = error instanceof Error ? error.message : String(error)
  // Binding errors come from the platform, not from us; keep them short and single-line anyway.
  const text = redactSecrets(raw.replace(/\s+/g, ' ').trim()).slice(0, 120)
  return text === '' ? 'provider error' : `provider error: ${text}`
}
