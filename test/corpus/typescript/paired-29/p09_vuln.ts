// corpus: path=src/clients/warehouse.ts
import { Agent, request } from 'undici'

const dispatcher = new Agent({ connect: { rejectUnauthorized: false } }) // expect: tls-verify-disabled

export async function reserveStock(sku: string, quantity: number) {
  const { body } = await request(`${process.env.WAREHOUSE_URL}/reservations`, {
    method: 'POST',
    dispatcher,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sku, quantity }),
  })
  return body.json()
}
