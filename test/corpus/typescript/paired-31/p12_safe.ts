// corpus: path=src/integrations/erp.ts
import axios from 'axios'
import { readFileSync } from 'node:fs'
import https from 'node:https'

const agent = new https.Agent({ ca: readFileSync(process.env.ERP_CA_BUNDLE ?? '/etc/ssl/certs/erp-ca.pem') }) // ok: tls-verify-disabled

const erp = axios.create({ baseURL: process.env.ERP_URL, timeout: 15000, httpsAgent: agent })

export async function pushInvoice(invoice: { number: string; totalCents: number }) {
  const { data } = await erp.post('/invoices', invoice, { headers: { 'x-api-key': process.env.ERP_KEY } })
  return data.id as string
}
