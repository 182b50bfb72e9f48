/**
 * Structured JSON logs, one object per line, so Workers Logs can index every field.
 * Callers pass ids, counts and durations only: never diff content, keys or secrets.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>

export interface Logger {
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  error(event: string, fields?: LogFields): void
  child(fields: LogFields): Logger
}

export function createLogger(base: LogFields = {}): Logger {
  const write = (level: 'info' | 'warn' | 'error', event: string, fields?: LogFields) => {
    const line = JSON.stringify({ level, event, ...base, ...fields })
    if (level === 'error') console.error(line)
    else if (level === 'warn') console.warn(line)
    else console.log(line)
  }
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    child: (fields) => createLogger({ ...base, ...fields }),
  }
}

/** A short description of an unknown thrown value, safe to log. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 500)
  return String(err).slice(0, 500)
}
