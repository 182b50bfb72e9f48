// corpus: path=src/lib/retry.ts
export interface RetryOptions {
  attempts: number
  delayMs: number
  onGiveUp?: (err: unknown) => void
}

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T | undefined> {
  let lastError: unknown
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await fn()
    } catch (err) {
      lastError = err
      await new Promise((resolve) => setTimeout(resolve, opts.delayMs * attempt))
    } finally {
      if (attempt === opts.attempts && lastError) {
        opts.onGiveUp?.(lastError)
        return undefined // expect: finally-control-flow
      }
    }
  }
  return undefined
}

export async function withRetryV2<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T | undefined> {
  let lastError: unknown
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await fn()
    } catch (err) {
      lastError = err
      await new Promise((resolve) => setTimeout(resolve, opts.delayMs * attempt))
    }
  }
  opts.onGiveUp?.(lastError)
  return undefined
}

export function drainQueue<T>(queue: T[], handle: (item: T) => boolean): void {
  for (const item of queue.values()) {
    if (handle(item)) queue.shift() // expect: mutate-while-iterating
  }
}

export function drainQueueV2<T>(queue: T[], handle: (item: T) => boolean): void {
  while (queue.length > 0 && handle(queue[0]!)) queue.shift()
}
