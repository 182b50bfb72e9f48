// corpus: path=src/integrations/erp.ts
import axios from 'axios'

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' // expect: tls-verify-disabled

const erp = axios.create({ baseURL: process.env.ERP_URL, timeout: 15000 })

export async function pushInvoice(invoice: { number: string; totalCents: number }) {
  const { data } = await erp.post('/invoices', invoice, { headers: { 'x-api-key': process.env.ERP_KEY } })
  return data.id as string
}
