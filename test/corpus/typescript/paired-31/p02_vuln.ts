// corpus: path=src/shipping/carrier.client.ts
import { Injectable } from '@nestjs/common'

interface Quote {
  service: string
  amountCents: number
}

@Injectable()
export class CarrierClient {
  private readonly baseUrl = 'http://rates.parcel-carrier.com/api/v2' // expect: cleartext-http

  async quote(weightGrams: number, postcode: string): Promise<Quote[]> {
    const res = await fetch(`${this.baseUrl}/quotes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.CARRIER_TOKEN}` },
      body: JSON.stringify({ weightGrams, postcode }),
    })
    if (!res.ok) throw new Error(`carrier answered ${res.status}`)
    return (await res.json()) as Quote[]
  }
}
