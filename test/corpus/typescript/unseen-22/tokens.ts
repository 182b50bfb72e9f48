// corpus: path=src/auth/tokens.ts
import jwt, { type JwtPayload } from 'jsonwebtoken'
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual, scrypt as scryptCb } from 'node:crypto'
import { promisify } from 'node:util'
import { jwtVerify, createRemoteJWKSet } from 'jose'

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>

const ACCESS_SECRET = process.env.ACCESS_TOKEN_SECRET ?? ''
const REFRESH_SECRET = 'rf_9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c' // expect: hardcoded-secret
const PLACEHOLDER_SECRET = 'changeme' // ok: hardcoded-secret
const JWKS = createRemoteJWKSet(new URL('https://login.example-idp.com/.well-known/jwks.json'))

export interface AccessClaims extends JwtPayload {
  sub: string
  scope: string[]
}

export function signAccess(userId: string, scope: string[]) {
  return jwt.sign({ sub: userId, scope }, ACCESS_SECRET, { algorithm: 'HS256', expiresIn: '15m' })
}

export function verifyAccess(token: string): AccessClaims {
  return jwt.verify(token, ACCESS_SECRET, { algorithms: ['HS256'] }) as AccessClaims // ok: jwt-weak
}

export function verifyRefresh(token: string) {
  return jwt.verify(token, REFRESH_SECRET, { algorithms: ['HS256', 'none'] }) as JwtPayload // expect: jwt-weak
}

export function readLegacyToken(token: string) {
  const claims = jwt.decode(token) as AccessClaims | null // expect: jwt-weak
  if (!claims?.sub) throw new Error('invalid token')
  return { userId: claims.sub, scope: claims.scope ?? [] }
}

export function peekExpiry(token: string): number | null {
  const claims = jwt.decode(token) as JwtPayload | null // ok: jwt-weak
  return typeof claims?.exp === 'number' ? claims.exp * 1000 : null
}

export async function verifyIdToken(idToken: string) {
  const { payload } = await jwtVerify(idToken, JWKS, { issuer: 'https://login.example-idp.com/', audience: 'acme-web' }) // ok: jwt-weak
  return payload
}

export function newResetCode(): string {
  return Math.random().toString(36).slice(2, 10).toUpperCase() // expect: insecure-random
}

export function newResetCodeSafely(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0') // ok: insecure-random
}

export function retryDelay(attempt: number): number {
  const jitter = Math.random() * 250 // ok: insecure-random
  return Math.min(30_000, 2 ** attempt * 100 + jitter)
}

export function legacyPasswordHash(password: string, salt: string) {
  return createHash('md5').update(salt + password).digest('hex') // expect: weak-hash
}

export function assetEtag(body: Buffer) {
  return `"${createHash('md5').update(body).digest('base64url')}"` // ok: weak-hash
}

export async function hashPassword(password: string) {
  const salt = randomBytes(16)
  const key = await scrypt(password, salt, 64)
  return `${salt.toString('hex')}:${key.toString('hex')}`
}

export function checkUnsubscribeLink(email: string, sig: string) {
  const expected = createHmac('sha256', ACCESS_SECRET).update(email).digest('hex')
  return sig === expected // expect: timing-unsafe-comparison
}

export function checkUnsubscribeLinkSafely(email: string, sig: string) {
  const expected = Buffer.from(createHmac('sha256', ACCESS_SECRET).update(email).digest('hex'))
  const given = Buffer.from(sig)
  return given.length === expected.length && timingSafeEqual(given, expected) // ok: timing-unsafe-comparison
}

export function isPlaceholder(secret: string) {
  return secret === PLACEHOLDER_SECRET || secret.length < 16
}
