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
          bindings: { TEST_MIGRATIONS: migrations },
          queueConsumers: { 'review-jobs': { maxBatchTimeout: 0.05 }, 'review-jobs-dlq': { maxBatchTimeout: 0.05 } },
        },
      }),
    ],
    test: {
      root,
      include: ['test/**/*.test.ts'],
      setupFiles: [path.join(root, 'test/setup.ts')],
    },
  }
})
