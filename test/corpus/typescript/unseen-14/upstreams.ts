// corpus: path=src/config/upstreams.ts
export interface Upstream {
  name: string
  baseUrl: string
  timeoutMs: number
  retries: number
}

export const UPSTREAMS: Upstream[] = [
  { name: 'catalog', baseUrl: 'https://catalog.internal.example.com', timeoutMs: 2000, retries: 2 },
  { name: 'pricing', baseUrl: 'http://pricing.partner-feeds.com/v1', timeoutMs: 3000, retries: 1 }, // expect: cleartext-http
  { name: 'metrics', baseUrl: 'http://127.0.0.1:9464', timeoutMs: 500, retries: 0 }, // ok: cleartext-http
]

export const FEATURE_FLAGS = {
  newCheckout: false,
  searchV2: true,
  tokenRefreshWindowSeconds: 120,
  passwordMinLength: 12,
}

export const XML_NAMESPACES = {
  soap: 'http://schemas.xmlsoap.org/soap/envelope/', // ok: cleartext-http
  xsi: 'http://www.w3.org/2001/XMLSchema-instance', // ok: cleartext-http
}

export const CACHE_KEYS = {
  authToken: 'auth:token:',
  apiKey: 'auth:api-key:',
  sessionSecret: 'auth:session-secret',
}

export const PUBLIC_JWKS_KID = '2c5f0e1d-7a4b-4c9e-b8f3-6d2a1e0c9b7f'
export const PASSWORD_PATTERN = /^(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{12,}$/
export const TOKEN_HEADER = 'X-Access-Token'
export const RESET_TOKEN_TTL_SECONDS = 3600

export function upstream(name: string): Upstream {
  const found = UPSTREAMS.find((u) => u.name === name)
  if (!found) throw new Error(`unknown upstream ${name}`)
  return found
}
