// corpus: path=src/billing/ledger.client.ts
import { Injectable } from '@nestjs/common'

export interface Charge {
  customerId: string
  amountCents: number
  currency: string
}

@Injectable()
export class LedgerClient {
  constructor(private readonly baseUrl = 'https://ledger.acme-payments.com/api') {} // ok: cleartext-http

  async record(charge: Charge, apiKey: string): Promise<string> {
    const res = await fetch(`${this.baseUrl}/charges`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify(charge),
    })
    if (!res.ok) throw new Error(`ledger answered ${res.status}`)
    return ((await res.json()) as { id: string }).id
  }
}
