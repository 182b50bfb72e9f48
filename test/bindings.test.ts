/**
 * The tests run on bindings of their own (test/vitest.config.ts). Under wrangler, a developer's
 * `.dev.vars` (or `.env`) is laid over wrangler.toml's [vars] and supplies the secrets; here it
 * must change nothing, or a local `MAX_FILES=3` or `ADMIN_TOKEN` would fail or pass tests.
 */
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import wranglerToml from '../wrangler.toml?raw'

/** `NAME = "value"` lines of the [vars] table. */
function varsOf(toml: string): Record<string, string> {
  const table = toml.split(/^\[vars\]$/m)[1]?.split(/^\[/m)[0] ?? ''
  return Object.fromEntries([...table.matchAll(/^([A-Z][A-Z0-9_]*) = "([^"\\]*)"$/gm)].map((m) => [m[1]!, m[2]!]))
}

describe('test bindings', () => {
  it('are wrangler.toml’s [vars], whatever .dev.vars says', ({ expect }) => {
    const vars = varsOf(wranglerToml)
    expect(Object.keys(vars)).toContain('MAX_FILES')
    const seen = Object.fromEntries(Object.keys(vars).map((name) => [name, (env as unknown as Record<string, unknown>)[name]]))
    // test/github gives review links an origin of its own.
    expect(seen).toEqual({ ...vars, PUBLIC_BASE_URL: 'https://review.test' })
  })

  it('carry the tests’ own secrets', ({ expect }) => {
    expect({ ADMIN_TOKEN: env.ADMIN_TOKEN, TICKET_SECRET: env.TICKET_SECRET, PAGE_LINK_SECRET: env.PAGE_LINK_SECRET, AI_API_KEY: env.AI_API_KEY }).toEqual({
      ADMIN_TOKEN: 'test-admin-token',
      TICKET_SECRET: 'test-ticket-secret',
      PAGE_LINK_SECRET: 'test-page-link-secret',
      AI_API_KEY: '',
    })
  })
})
