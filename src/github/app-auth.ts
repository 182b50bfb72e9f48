import type { GitHubAppConfig } from './config'
import { githubFetch } from './http'

const encoder = new TextEncoder()

/**
 * Imports the App's private key for RS256. GitHub hands out PKCS#1 (`BEGIN RSA PRIVATE KEY`),
 * which Web Crypto cannot import, so it is wrapped in a PKCS#8 envelope first; PKCS#8
 * (`BEGIN PRIVATE KEY`) is taken as is.
 */
export async function importAppPrivateKey(pem: string): Promise<CryptoKey> {
  const match = /-----BEGIN (RSA )?PRIVATE KEY-----([\s\S]+?)-----END \1?PRIVATE KEY-----/.exec(pem.replace(/\\n/g, '\n'))
  if (!match) throw new Error('GITHUB_APP_PRIVATE_KEY is not a PEM private key (BEGIN RSA PRIVATE KEY or BEGIN PRIVATE KEY)')
  const der = Uint8Array.from(atob(match[2]!.replace(/\s+/g, '')), (ch) => ch.charCodeAt(0))
  const pkcs8 = match[1] ? wrapPkcs1(der) : der
  return crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign'])
}

// AlgorithmIdentifier for rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters.
const RSA_ALGORITHM = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00]

/** PrivateKeyInfo ::= SEQUENCE { version 0, rsaEncryption, OCTET STRING { RSAPrivateKey } } */
function wrapPkcs1(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const body = [0x02, 0x01, 0x00, ...RSA_ALGORITHM, 0x04, ...derLength(pkcs1.length)]
  const inner = new Uint8Array(body.length + pkcs1.length)
  inner.set(body)
  inner.set(pkcs1, body.length)
  const head = [0x30, ...derLength(inner.length)]
  const out = new Uint8Array(head.length + inner.length)
  out.set(head)
  out.set(inner, head.length)
  return out
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length]
  const bytes: number[] = []
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff)
  return [0x80 | bytes.length, ...bytes]
}

function base64UrlBytes(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/**
 * The App's own JWT. `iat` is 60 s in the past to absorb clock drift, as GitHub recommends;
 * `exp` is 9 minutes ahead, inside GitHub's 10-minute ceiling even with that drift.
 */
export async function createAppJwt(appId: string, key: CryptoKey, nowMs = Date.now()): Promise<string> {
  const now = Math.floor(nowMs / 1000)
  const header = base64UrlBytes(encoder.encode(JSON.stringify({ alg: 'RS256', typ: 'JWT' })))
  const payload = base64UrlBytes(encoder.encode(JSON.stringify({ iat: now - 60, exp: now + 9 * 60, iss: appId })))
  const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, encoder.encode(`${header}.${payload}`))
  return `${header}.${payload}.${base64UrlBytes(new Uint8Array(signature))}`
}

interface CachedToken {
  token: string
  expiresAt: number
}

// Per isolate: a cold isolate asks for a new token, which GitHub allows freely.
const tokens = new Map<string, CachedToken>()
const keys = new Map<string, Promise<CryptoKey>>()
const REFRESH_BEFORE_MS = 5 * 60 * 1000

/** An installation access token, cached until 5 minutes before it expires. */
export async function installationToken(config: GitHubAppConfig, installationId: number, nowMs = Date.now()): Promise<string> {
  const cacheKey = `${config.apiUrl} ${config.appId} ${installationId}`
  const cached = tokens.get(cacheKey)
  if (cached && cached.expiresAt - REFRESH_BEFORE_MS > nowMs) return cached.token

  let key = keys.get(config.privateKey)
  if (!key) {
    key = importAppPrivateKey(config.privateKey)
    keys.set(config.privateKey, key)
    key.catch(() => keys.delete(config.privateKey))
  }
  const jwt = await createAppJwt(config.appId, await key, nowMs)
  const res = await githubFetch(config, 'POST', `/app/installations/${installationId}/access_tokens`, {
    authorization: `Bearer ${jwt}`,
  })
  const body = (await res.json()) as { token: string; expires_at: string }
  tokens.set(cacheKey, { token: body.token, expiresAt: Date.parse(body.expires_at) })
  return body.token
}

/** Forget a token GitHub refused (revoked, or the installation was suspended). */
export function dropInstallationToken(config: GitHubAppConfig, installationId: number): void {
  tokens.delete(`${config.apiUrl} ${config.appId} ${installationId}`)
}
