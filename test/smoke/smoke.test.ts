import { exports } from 'cloudflare:workers'
import { it } from 'vitest'

it('answers', async ({ expect }) => {
  const res = await exports.default.fetch('http://x/')
  expect(res.status).toBe(200)
})
