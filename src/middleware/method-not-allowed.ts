import type { Hono } from 'hono'

/**
 * Hono answers 404 for a known path with an unregistered method; the API answers 405 with
 * `Allow`. Registered paths are compiled to matchers once, on first use.
 */
export function allowedMethods(app: Hono<any, any, any>): (path: string) => string[] {
  let matchers: { pattern: RegExp; method: string }[] | undefined
  return (path) => {
    matchers ??= app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => ({
        method: r.method,
        pattern: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]+/g, '[^/]+')}/?$`),
      }))
    const methods = new Set(matchers.filter((m) => m.pattern.test(path)).map((m) => m.method))
    if (methods.has('GET')) methods.add('HEAD')
    return [...methods].sort()
  }
}
