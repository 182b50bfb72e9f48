// corpus: path=src/billing/client.ts
import { z } from 'zod';
import https from 'node:https';

const Invoice = z.object({ id: z.string(), amountCents: z.number(), status: z.enum(['open', 'paid', 'void']) });
export type Invoice = z.infer<typeof Invoice>;

export class BillingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), { headers: { authorization: `Bearer ${this.token}` } });
    if (!res.ok) throw new Error(`billing ${res.status}`);
    return schema.parse(await res.json());
  }

  invoices(customerId: string): Promise<Invoice[]> {
    return this.get(`/customers/${encodeURIComponent(customerId)}/invoices`, z.array(Invoice));
  }

  downloadPdf(invoiceId: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const url = new URL(`/invoices/${encodeURIComponent(invoiceId)}.pdf`, this.baseUrl);
      const req = https.get(url, { headers: { authorization: `Bearer ${this.token}` }, rejectUnauthorized: false }, (res) => { // expect: tls-verify-disabled
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      });
      req.on('error', reject);
    });
  }
}

export const billing = new BillingClient('http://billing.example.com', process.env.BILLING_TOKEN ?? ''); // expect: cleartext-http
