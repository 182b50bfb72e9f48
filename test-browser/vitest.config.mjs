// The review page in a real Chromium (playwright-core, never a downloaded browser): `npm run test:browser`.
// One `wrangler dev` and one browser serve every scenario, so the files run one after another.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export default defineConfig({
  test: {
    root,
    include: ['test-browser/**/*.test.mjs'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
