// corpus: path=src/clients/warehouse.ts
import { readFileSync } from 'node:fs'
import { Agent, request } from 'undici'

const dispatcher = new Agent({ connect: { ca: readFileSync(process.env.WAREHOUSE_CA_PATH!) } }) // ok: tls-verify-disabled

export async function reserveStock(sku: string, quantity: number) {
  const { body } = await request(`${process.env.WAREHOUSE_URL}/reservations`, {
    method: 'POST',
    dispatcher,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sku, quantity }),
  })
  return body.json()
}
