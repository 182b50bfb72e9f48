import type { GitHubAppConfig } from './config'

/**
 * A GitHub answer that was not 2xx. `retryable` when trying again later can help (rate limits,
 * secondary rate limits, 5xx, network trouble): the queue then redelivers the job, after
 * `retryAfterSeconds` when GitHub said how long, instead of anything spinning here.
 */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryable: boolean,
    readonly retryAfterSeconds: number | null = null,
    readonly body: unknown = null,
  ) {
    super(message)
    this.name = 'GitHubApiError'
  }
}

const MAX_RETRY_DELAY_SECONDS = 3600
const DEFAULT_RATE_LIMIT_SECONDS = 60

export interface GitHubRequest {
  authorization: string
  body?: unknown
  accept?: string
}

/** One REST call. Every non-2xx becomes a GitHubApiError, classified for retry. */
export async function githubFetch(config: GitHubAppConfig, method: string, path: string, request: GitHubRequest): Promise<Response> {
  const headers: Record<string, string> = {
    authorization: request.authorization,
    accept: request.accept ?? 'application/vnd.github+json',
    'user-agent': 'code-review-assistant',
    'x-github-api-version': '2022-11-28',
  }
  if (request.body !== undefined) headers['content-type'] = 'application/json'
  let res: Response
  try {
    res = await fetch(`${config.apiUrl}${path}`, {
      method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    })
  } catch (err) {
    throw new GitHubApiError(0, `GitHub unreachable: ${err instanceof Error ? err.message : String(err)}`, true)
  }
  if (res.ok) return res
  const body = await res.json().catch(() => null)
  const message = (body as { message?: unknown } | null)?.message
  const delay = rateLimitDelay(res)
  throw new GitHubApiError(
    res.status,
    `GitHub ${method} ${path.split('?')[0]} answered ${res.status}${typeof message === 'string' ? `: ${message.slice(0, 200)}` : ''}`,
    delay !== null || res.status >= 500,
    delay,
    body,
  )
}

/** Seconds GitHub asks us to wait (primary or secondary rate limit); null when it is not a rate limit. */
export function rateLimitDelay(res: Response, nowMs = Date.now()): number | null {
  const retryAfter = res.headers.get('retry-after')
  const reset = res.headers.get('x-ratelimit-reset')
  const limited = res.status === 429 || (res.status === 403 && (retryAfter !== null || res.headers.get('x-ratelimit-remaining') === '0'))
  if (limited) {
    if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return clamp(Number(retryAfter))
    if (reset !== null && /^\d+$/.test(reset.trim())) return clamp(Number(reset) - Math.floor(nowMs / 1000) + 1)
    return DEFAULT_RATE_LIMIT_SECONDS
  }
  return null
}

function clamp(seconds: number): number {
  return Math.min(Math.max(1, seconds), MAX_RETRY_DELAY_SECONDS)
}
