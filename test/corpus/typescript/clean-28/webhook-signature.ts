// corpus: path=src/webhooks/signature.ts
import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'X-Acme-Signature'
export const TIMESTAMP_HEADER = 'X-Acme-Timestamp'
export const SIGNATURE_VERSION = 'v1'
export const TOLERANCE_SECONDS = 300

/** Test vectors published in our webhook docs, so integrators can check their verifier. */
export const DOC_TEST_VECTORS = [
  {
    secret: 'whsec_test_docs_example_only',
    timestamp: '1700000000',
    body: '{"type":"api_key.created","id":"evt_1"}',
    signature: 'v1=0b6a5a8e3c9f1d2e4b7a6c5d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f',
  },
] as const

export function sign(secret: string, timestamp: string, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `${SIGNATURE_VERSION}=${mac}`
}

export function verify(secret: string, header: string | null, timestamp: string | null, body: string, now = Date.now()): boolean {
  if (!header || !timestamp) return false
  if (Math.abs(now / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return false
  const expected = Buffer.from(sign(secret, timestamp, body))
  return header
    .split(',')
    .map((part) => Buffer.from(part.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected))
}

export function describeHeader(): string {
  return `${SIGNATURE_HEADER}: ${SIGNATURE_VERSION}=<hex HMAC-SHA256 of "<timestamp>.<body>">`
}
