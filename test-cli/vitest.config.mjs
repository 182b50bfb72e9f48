// The command-line client runs in Node, not workerd, so its tests have their own config:
// `npm run test:cli`. The end-to-end file starts one `wrangler dev` for all its cases.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export default defineConfig({
  test: {
    root,
    include: ['test-cli/**/*.test.mjs'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
