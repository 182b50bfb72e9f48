// corpus: path=src/lib/retry.ts
export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  /** Return false to stop retrying for this error. */
  shouldRetry?: (error: unknown, attempt: number) => boolean;
  signal?: AbortSignal;
}

export class RetryExhausted extends Error {
  constructor(readonly attempts: number, readonly lastError: unknown) {
    super(`gave up after ${attempts} attempts`, { cause: lastError });
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 4, baseMs = 200, maxMs = 5_000, shouldRetry = () => true, signal } = options;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (error) {
      lastError = error;
      if (attempt === attempts || !shouldRetry(error, attempt)) break;
      const cap = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
      await sleep(cap / 2 + Math.random() * (cap / 2), signal);
    }
  }
  throw new RetryExhausted(attempts, lastError);
}
