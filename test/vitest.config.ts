import { generateKeyPairSync } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// wrangler reads the developer's `.dev.vars` beside wrangler.toml and announces it once per test
// file. Tests pin every secret below instead, so the announcement is noise: keep wrangler to warnings.
process.env.WRANGLER_LOG ??= 'warn'

/** Every secret the Worker reads (src/secrets.d.ts), fixed so a developer's `.dev.vars` cannot change a test. */
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

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'migrations'))
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: path.join(root, 'wrangler.toml') },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, ...TEST_SECRETS },
          // Same as wrangler.toml, but with batches flushed at once so tests do not wait a second.
          queueConsumers: {
            'review-jobs': { maxBatchTimeout: 0.05, maxBatchSize: 10, maxRetries: 5, deadLetterQueue: 'review-jobs-dlq' },
            'review-jobs-dlq': { maxBatchTimeout: 0.05, maxBatchSize: 10, maxRetries: 3 },
          },
        },
      }),
    ],
    test: {
      root,
      include: ['test/**/*.test.ts'],
      setupFiles: [path.join(root, 'test/setup.ts')],
      // Structured logs are asserted where they matter; print them only for failing tests.
      silent: 'passed-only' as const,
      // Loading the parser grammars and reviewing hundreds of files take seconds on a busy
      // 2-core machine; the defaults (5 s, hooks 10 s) fail tests that are merely slow there.
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  }
})
