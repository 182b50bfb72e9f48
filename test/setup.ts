import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterAll, afterEach } from 'vitest'
import { installParamGuard, takeParamViolations } from './db/param-guard'

// Runs before every file; in a shared workerd (test/vitest.config.ts) later files find them applied.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)

// Every statement any test (or the Worker it drives) sends is held to D1's 100-parameter limit.
installParamGuard()

function failOnParamViolations() {
  const found = takeParamViolations()
  if (found.length === 0) return
  const list = found.map((v) => `  ${v.count} params: ${v.sql}`).join('\n')
  throw new Error(`${found.length} statement(s) bound more than D1's 100 parameters:\n${list}`)
}

afterEach(failOnParamViolations)
// Background work (a queue consumer still finishing) can outlive the last test of a file; in a
// shared workerd what it still binds after this is reported by the next file there.
afterAll(failOnParamViolations)
