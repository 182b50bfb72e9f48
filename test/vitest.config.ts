import { generateKeyPairSync } from 'node:crypto'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { unstable_readConfig } from 'wrangler'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const wranglerConfig = path.join(root, 'wrangler.toml')

// wrangler reads the developer's `.dev.vars` (or `.env`) beside wrangler.toml and announces it once
// per worker. Every binding that file could set is pinned below, so the announcement is noise.
process.env.WRANGLER_LOG ??= 'warn'

/** Every secret the Worker reads (src/secrets.d.ts, src/github/secrets.d.ts), fixed for the tests. */
const TEST_SECRETS = {
  TICKET_SECRET: 'test-ticket-secret',
  PAGE_LINK_SECRET: 'test-page-link-secret', PAGE_LINK_SECRET_PREVIOUS: 'test-page-link-secret-old',
  ADMIN_TOKEN: 'test-admin-token',
  AI_API_KEY: '',
  DEV_API_KEY: '',
  ...testGitHubApp(),
}

/** A GitHub App for test/github: a fresh PKCS#1 key (as GitHub hands out) and a GitHub Enterprise-style API base. */
function testGitHubApp() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    GITHUB_APP_ID: '4242',
    GITHUB_APP_PRIVATE_KEY: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    GITHUB_WEBHOOK_SECRET: 'test-webhook-secret',
    GITHUB_API_URL: 'https://ghe.test/api/v3',
    PUBLIC_BASE_URL: 'https://review.test',
    TEST_GITHUB_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }
}

/**
 * wrangler.toml's [vars], passed again as the tests' own bindings: values in `.dev.vars` (or `.env`)
 * override [vars] under wrangler, so without this a developer's local `MAX_FILES` or
 * `AI_PROVIDER` would change what the tests see.
 */
function wranglerVars(): Record<string, string> {
  const { vars } = unstable_readConfig({ config: wranglerConfig }, { hideWarnings: true })
  return Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]))
}

/**
 * Tests that act on the whole database (the cron sweep, retention, delivery pruning) and count
 * what they find there: each file gets a workerd of its own, so rows other files leave behind
 * cannot be swept up or counted.
 */
const WHOLE_DATABASE = ['test/recovery/retention.test.ts', 'test/queue/faults.test.ts']

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'migrations'))
  const bindings = { ...wranglerVars(), ...TEST_SECRETS, TEST_MIGRATIONS: migrations }

  function project(name: string, files: { include: string[]; exclude?: string[] }, isolate: boolean): TestProjectInlineConfiguration {
    return {
      plugins: [
        cloudflareTest({
          wrangler: { configPath: wranglerConfig },
          miniflare: {
            bindings,
            // Same as wrangler.toml, but with batches flushed at once so tests do not wait a second.
            queueConsumers: {
              'review-jobs': { maxBatchTimeout: 0.05, maxBatchSize: 10, maxRetries: 5, deadLetterQueue: 'review-jobs-dlq' },
              'review-jobs-dlq': { maxBatchTimeout: 0.05, maxBatchSize: 10, maxRetries: 3 },
            },
          },
        }),
      ],
      test: {
        name,
        root,
        include: files.include,
        exclude: files.exclude ?? [],
        // Off: the files of this project share one workerd (and its module cache, parser wasm
        // included) per worker, one after another. On: a fresh workerd, and so empty storage, per file.
        isolate,
        setupFiles: [path.join(root, 'test/setup.ts')],
        // Loading the parser grammars and reviewing hundreds of files take seconds on a busy
        // 2-core machine; the defaults (5 s, hooks 10 s) fail tests that are merely slow there.
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
    }
  }

  return {
    test: {
      // Vitest's default is one fewer than the cores: a single worker on a 2-core machine. Many
      // integration tests wait (queue batches, lease timeouts, sockets) rather than compute, so a
      // third workerd there fills those waits; a fourth only added contention.
      maxWorkers: Math.max(3, availableParallelism() - 1),
      // Structured logs are asserted where they matter; print them only for failing tests.
      silent: 'passed-only' as const,
      projects: [
        // The engine's tests touch no binding, and every other test makes its own tenant, key and
        // changesets, so these files can share a workerd and its storage.
        project('shared', { include: ['test/**/*.test.ts'], exclude: WHOLE_DATABASE }, false),
        project('own-storage', { include: WHOLE_DATABASE }, true),
      ],
    },
  }
})
