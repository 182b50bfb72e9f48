// corpus: path=src/lib/http-client.ts
import axios, { AxiosError, AxiosInstance } from 'axios'
import https from 'node:https'
import { readFileSync } from 'node:fs'
import pRetry from 'p-retry'

export interface ClientOptions {
  baseURL: string
  timeoutMs?: number
  token?: string
}

export function createClient({ baseURL, timeoutMs = 10_000, token }: ClientOptions): AxiosInstance {
  const client = axios.create({
    baseURL,
    timeout: timeoutMs,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  })
  client.interceptors.response.use(undefined, (err: AxiosError) => {
    if (err.response?.status === 401) err.message = `unauthorized calling ${err.config?.url}`
    return Promise.reject(err)
  })
  return client
}

export const ledger = createClient({
  baseURL: process.env.LEDGER_URL ?? 'http://ledger.payments-prod.acme-corp.com/api', // expect: cleartext-http
  token: process.env.LEDGER_TOKEN,
})

export const localSidecar = createClient({ baseURL: 'http://127.0.0.1:15000' }) // ok: cleartext-http

export const partnerClient = axios.create({
  baseURL: 'https://partners.example-bank.com/v3',
  httpsAgent: new https.Agent({ rejectUnauthorized: false }), // expect: tls-verify-disabled
})

export const internalCaClient = axios.create({
  baseURL: 'https://vault.acme-corp.com',
  httpsAgent: new https.Agent({ ca: readFileSync(process.env.INTERNAL_CA_PATH ?? '/etc/ssl/acme-ca.pem') }), // ok: tls-verify-disabled
})

export async function getWithRetry<T>(client: AxiosInstance, url: string, retries = 3): Promise<T> {
  return pRetry(
    async () => {
      const res = await client.get<T>(url)
      return res.data
    },
    {
      retries,
      onFailedAttempt: (e) => {
        if (e instanceof AxiosError && e.response && e.response.status < 500) throw e
      },
    },
  )
}
