import { it } from 'vitest'
import { api } from '../helpers'

it('openapi baseline', async ({ expect }) => {
  const doc = await (await api('/openapi.json')).json<Record<string, any>>()
  await expect(JSON.stringify(doc, null, 2)).toMatchFileSnapshot('/tmp/cra-contracts/openapi-after.json')
})
