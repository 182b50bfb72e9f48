import { z } from 'zod';

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
}
