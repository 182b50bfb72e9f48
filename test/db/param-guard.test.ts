import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { api, createTenantKey } from '../helpers'
import { D1_PARAM_LIMIT, takeParamViolations, withParamLimit } from './param-guard'

// The guard itself (test/setup.ts installs it for every test file): if it saw nothing, every
// size test would pass for the wrong reason.

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ')

describe('the D1 parameter guard', () => {
  it(`lets ${D1_PARAM_LIMIT} bound values through and refuses ${D1_PARAM_LIMIT + 1}, recording it`, async ({ expect }) => {
    const ok = await env.DB.prepare(`select count(*) as n from (select 1 where 1 in (${placeholders(100)}))`)
      .bind(...Array.from({ length: 100 }, (_, i) => i + 1))
      .first<{ n: number }>()
    expect(ok?.n).toBe(1)
    expect(() => env.DB.prepare(`select 1 where 1 in (${placeholders(101)})`).bind(...Array.from({ length: 101 }, (_, i) => i))).toThrow(
      /too many SQL variables/,
    )
    const seen = takeParamViolations()
    expect(seen).toEqual([{ count: 101, sql: expect.stringContaining('select 1 where 1 in') }])
  })

  it('sees the statements the Worker under test binds, even when the Worker turns the error into a response', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await withParamLimit(1, () => api('/api/changesets?limit=5', { key }))
    expect(res.status).toBe(500)
    const seen = takeParamViolations()
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.some((v) => /from "changesets"/.test(v.sql))).toBe(true)
  })
})
