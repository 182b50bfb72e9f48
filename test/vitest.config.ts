import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'migrations'))
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: path.join(root, 'wrangler.toml') },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, TICKET_SECRET: 'test-ticket-secret', ADMIN_TOKEN: 'test-admin-token' },
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
    },
  }
})
