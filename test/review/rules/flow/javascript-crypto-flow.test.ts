/**
 * JWTs read without their signature checked, and weak digests of passwords and secrets, in
 * JS/TS: every common spelling of the library calls, next to the look-alikes that stay quiet
 * (decoding for the key id, verifying in the same function, checksums and cache keys).
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

/** Reviewed as a server-side TypeScript file (the rules' first language is Python). */
const ts = (code: string) => ({ code, path: 'src/auth/tokens.ts' })

testRule(registered('crypto/jwt-verify-disabled'), {
  valid: [
    // only the header is read, to pick the key
    ts("import jwt from 'jsonwebtoken'\nexport function keyIdOf(token: string) {\n  const decoded = jwt.decode(token, { complete: true })\n  return decoded?.header.kid\n}"),
    // decoded to choose the key, verified in the same function
    ts("import * as jwt from 'jsonwebtoken'\nexport function check(token: string) {\n  const { iss } = jwt.decode(token) as { iss: string }\n  return jwt.verify(token, keys[iss], { algorithms: ['RS256'] })\n}"),
    // metadata only
    ts("const jwt = require('jsonwebtoken')\nfunction tokenId(token) {\n  const { jti } = jwt.decode(token) || {}\n  return jti\n}"),
    // kept in a local that is only read for when the token expires
    ts("import jwt, { type JwtPayload } from 'jsonwebtoken'\nexport function peekExpiry(token: string): number | null {\n  const claims = jwt.decode(token) as JwtPayload | null\n  if (!claims) return null\n  return typeof claims?.exp === 'number' ? claims.exp * 1000 : null\n}"),
    // front-end code reads its own token for display
    { code: "import { jwtDecode } from 'jwt-decode'\nexport function Avatar({ token }) {\n  const { name } = jwtDecode(token)\n  return <span>{name}</span>\n}", path: 'src/components/Avatar.tsx' },
    ts("import { jwtVerify } from 'jose'\nexport async function user(token: string) {\n  const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://idp.example.com' })\n  return payload.sub\n}"),
    ts("const jwt = require('jsonwebtoken')\nfunction read(token) {\n  return jwt.verify(token, process.env.SECRET, { algorithms: ['HS256'], maxAge: '1h' })\n}"),
    // an ID token the code fetched from the provider's token endpoint itself
    ts("import { decodeJwt } from 'jose'\nexport async function tenantOf(code: string) {\n  const response = await fetch(TOKEN_URL, { method: 'POST', body: new URLSearchParams({ code }) })\n  const tokens = await response.json()\n  const { tid } = decodeJwt(tokens.id_token)\n  return tid\n}"),
  ],
  invalid: [
    { ...ts("import jwt from 'jsonwebtoken'\nexport function isAdmin(authorization: string) {\n  const claims = jwt.decode(authorization.slice(7)) as { role: string } | null\n  return claims?.role === 'admin'\n}"), findings: [{ line: 3 }] },
    // the expiry is read, and so is who the token names
    { ...ts("import jwt, { type JwtPayload } from 'jsonwebtoken'\nexport function session(token: string) {\n  const claims = jwt.decode(token) as JwtPayload | null\n  if (!claims || (claims.exp ?? 0) * 1000 < Date.now()) return null\n  return { userId: claims.sub }\n}"), findings: [{ line: 3 }] },
    { ...ts("import jwt from 'jsonwebtoken'\nexport function claimsOf(token: string) {\n  const claims = jwt.decode(token)\n  if (!claims) return null\n  return claims\n}"), findings: [{ line: 3 }] },
    // an ID token the client posted is the client's word
    { ...ts("import jwt from 'jsonwebtoken'\napp.post('/auth/google', (req, res) => {\n  const { email } = jwt.decode(req.body.id_token)\n  res.json({ email })\n})"), findings: [{ line: 3 }] },
    { ...ts("import { decodeJwt } from 'jose'\nexport function partner(token: string) {\n  const claims = decodeJwt(token)\n  return String(claims.sub)\n}"), findings: [{ line: 3 }] },
    { ...ts("import { decode } from 'hono/jwt'\napp.get('/me', (c) => {\n  const { payload } = decode(c.req.header('authorization') ?? '')\n  return c.json({ user: payload.sub })\n})"), findings: [{ line: 3 }] },
    { ...ts("export class AuthService {\n  constructor(private readonly jwtService: JwtService) {}\n  current(token: string) {\n    return this.jwtService.decode(token)\n  }\n}"), findings: [{ line: 4 }] },
    { ...ts("import * as jwt from 'jsonwebtoken'\nexport function legacy(token: string) {\n  return jwt.verify(token, process.env.SECRET as string, { ignoreExpiration: true })\n}"), findings: [{ line: 3 }] },
    // a public key also accepted as an HMAC secret
    { ...ts("const jwt = require('jsonwebtoken')\nfunction read(token) {\n  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'HS256'] })\n}"), findings: [{ line: 3 }] },
  ],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    ts("const md5 = require('md5')\nfunction cacheFile(url) {\n  return md5(url) + '.json'\n}"),
    ts("import CryptoJS from 'crypto-js'\nexport const key = (q: string) => CryptoJS.SHA1(q).toString()"),
    ts("async function etag(body) {\n  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))\n}"),
    ts("async function fingerprint(file) {\n  return crypto.subtle.digest('SHA-1', file)\n}"),
    ts("const crypto = require('crypto')\nfunction sign(body, secret) {\n  return crypto.createHmac('sha256', secret).update(body).digest('hex')\n}"),
    // node:crypto's one-shot hash() of a response body: an ETag, no secret
    ts("import { hash } from 'node:crypto'\nexport function etag(body: string) {\n  return `W/${hash('sha1', body)}`\n}"),
  ],
  invalid: [
    { ...ts("const md5 = require('md5')\nfunction store(user, plain) {\n  user.passwordHash = md5(plain)\n}"), findings: [{ line: 3 }] },
    // node:crypto's one-shot hash(algorithm, data), inside a template literal the line rule does not read
    { ...ts("import { hash, randomBytes } from 'node:crypto'\nexport function hashPassword(password: string) {\n  const salt = randomBytes(16).toString('hex')\n  return `${salt}:${hash('sha1', salt + password)}`\n}"), findings: [{ line: 4 }] },
    { ...ts("const crypto = require('node:crypto')\nfunction store(user, password) {\n  user.hash = `${crypto.hash('md5', password)}`\n}"), findings: [{ line: 3 }] },
    { ...ts("import CryptoJS from 'crypto-js'\nexport function hashPassword(plain: string) {\n  return CryptoJS.MD5(plain).toString()\n}"), findings: [{ line: 3 }] },
    { ...ts("const sha1 = require('sha1')\nfunction digest(apiKey) {\n  return sha1(apiKey)\n}"), findings: [{ line: 3 }] },
    { ...ts("async function hash(password) {\n  const d = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password))\n  return d\n}"), findings: [{ line: 2 }] },
    { ...ts("const crypto = require('crypto')\nfunction sign(body, secret) {\n  return crypto.createHmac('md5', secret).update(body).digest('hex')\n}"), findings: [{ line: 3 }] },
  ],
})

// A function named for a password or a token says what its weak digest is for.
testRule(registered('crypto/weak-password-hash'), {
  valid: [
    { code: "import sha1 from 'sha1'\nexport function etagFor(body: string) {\n  return sha1(body)\n}\nexport function checkPayload(input: string, stored: string) {\n  return sha1(input) === stored\n}", path: 'src/auth/hash.ts' },
    { code: "import crypto from 'node:crypto'\nexport function cacheKey(url: string) {\n  return crypto.createHash('md5').update(url).digest('hex')\n}", path: 'src/cache.ts' },
    // A token hashed from Math.random(): the predictable generator is the flaw, reported once as insecure randomness.
    { code: "import { createHash } from 'node:crypto'\nexport function sessionToken(userId: string) {\n  return createHash('md5').update(`${userId}:${Date.now()}:${Math.random()}`).digest('hex')\n}", path: 'src/auth/hash.ts' },
    { code: "import { createHash } from 'node:crypto'\nconst resetToken = createHash('sha1').update(String(Math.random())).digest('hex')", path: 'src/auth/hash.ts' },
  ],
  invalid: [
    { code: "import sha1 from 'sha1'\nexport function checkPassword(input: string, stored: string) {\n  return sha1(input) === stored\n}", path: 'src/auth/hash.ts', findings: [{ line: 3 }] },
    { code: "import crypto from 'node:crypto'\nexport function hashPw(pw: string) {\n  return crypto.createHash('md5').update(pw).digest('hex')\n}", path: 'src/auth/hash.ts', findings: [{ line: 3 }] },
    { code: "import crypto from 'node:crypto'\nexport function sessionToken(userId: string) {\n  return crypto.createHash('md5').update(userId + Date.now()).digest('hex')\n}", path: 'src/auth/hash.ts', findings: [{ line: 3 }] },
  ],
})

// node-forge's digests are made, then fed: `forge.md.md5.create()` and `md.update(…)`, as with `createHash`.
testRule(registered('crypto/weak-password-hash'), {
  valid: [
    { code: "const forge = require('node-forge')\nfunction checksum(buffer) {\n  const md = forge.md.md5.create()\n  md.update(buffer.toString('binary'))\n  return md.digest().toHex()\n}", path: 'src/files.js' },
    { code: "const forge = require('node-forge')\nfunction hashToken(token) {\n  const md = forge.md.sha256.create()\n  md.update(token)\n  return md.digest().toHex()\n}", path: 'src/auth.js' },
  ],
  invalid: [
    { code: "const forge = require('node-forge')\nasync function setPassword(user, newPassword) {\n  const md = forge.md.md5.create()\n  md.update(newPassword)\n  user.passwordHash = md.digest().toHex()\n}", path: 'src/auth.js', findings: [{ line: 3 }] },
    { code: "import forge from 'node-forge'\nexport function storeApiKey(apiKey) {\n  const md = forge.md.sha1.create()\n  md.update(apiKey)\n  return db.keys.insert({ hash: md.digest().toHex() })\n}", path: 'src/keys.js', findings: [{ line: 3 }] },
    // A digest helper of its own parameter, which the file's calls hand tokens.
    { code: "const crypto = require('crypto')\nclass Resets {\n  static digest(value) {\n    return crypto.createHash('sha1').update(value).digest('hex')\n  }\n  async create(userId, token) {\n    await db.resets.insert({ userId, tokenHash: Resets.digest(token) })\n  }\n}", path: 'src/resets.js', findings: [{ line: 4 }] },
  ],
})

// A digest helper whose calls hand it file bodies or URLs is a checksum or a cache key.
testRule(registered('crypto/weak-password-hash'), {
  valid: [
    { code: "const crypto = require('crypto')\nfunction digest(value) {\n  return crypto.createHash('md5').update(value).digest('hex')\n}\nconst etag = digest(body)\nconst key = digest(req.url)", path: 'src/cache.js' },
    { code: "const forge = require('node-forge')\nfunction fingerprint(buf) {\n  const md = forge.md.sha1.create()\n  md.update(buf)\n  return md.digest().toHex()\n}\nmodule.exports = { fileId: (file) => fingerprint(file.contents) }", path: 'src/files.js' },
  ],
  invalid: [],
})

// The same token is still reported, once, for the generator it comes from.
testRule(registered('crypto/insecure-random'), {
  valid: [],
  invalid: [
    { code: "import { createHash } from 'node:crypto'\nexport function sessionToken(userId: string) {\n  return createHash('md5').update(`${userId}:${Date.now()}:${Math.random()}`).digest('hex')\n}", path: 'src/auth/hash.ts', findings: [{ line: 3 }] },
    { code: "import { createHash } from 'node:crypto'\nconst resetToken = createHash('sha1').update(String(Math.random())).digest('hex')", path: 'src/auth/hash.ts', findings: [{ line: 2 }] },
  ],
})

// OAuth's `state` is the CSRF token of the authorization request (RFC 6749 §10.12): guessable, it lets another site finish a login.
testRule(registered('crypto/insecure-random'), {
  valid: [
    { code: "export function loginUrl() {\n  const state = crypto.randomUUID()\n  const q = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: CALLBACK, response_type: 'code', state })\n  return `${AUTHORIZE}?${q}`\n}", path: 'src/auth/oauth.ts' },
    // a `state` that is not an authorization request's: a filter, a UI variant
    { code: "export function issuesUrl(params: URLSearchParams) {\n  params.set('state', Math.random() > 0.5 ? 'open' : 'closed')\n  const view = { state: Math.random() > 0.5 ? 'a' : 'b', color: 'red' }\n  return view\n}", path: 'src/issues.ts' },
    // a stored value under a key that names no secret (an A/B bucket, a UI choice)
    { code: "export function pickVariant() {\n  const bucket = Math.random() < 0.5 ? 'a' : 'b'\n  localStorage.setItem('ab_bucket', bucket)\n}", path: 'src/ab.js' },
    { code: "export function beginLogin() {\n  const st = crypto.randomUUID()\n  sessionStorage.setItem('oauth_state', st)\n}", path: 'src/auth/start.js' },
  ],
  invalid: [
    // the browser's storage key names what the value guards
    { code: "export function beginLogin() {\n  const st = Math.random().toString(36).slice(2)\n  sessionStorage.setItem('oauth_state', st)\n  window.location.href = `${AUTHORIZE}?state=${st}`\n}", path: 'src/auth/start.js', findings: [{ line: 2 }] },
    { code: "export function beginLogin() {\n  const state = Math.random().toString(36).slice(2)\n  const url = new URL(AUTHORIZE_URL)\n  url.searchParams.set('client_id', CLIENT_ID)\n  url.searchParams.set('state', state)\n  window.location.assign(url.toString())\n}", path: 'src/auth/oauth.ts', findings: [{ line: 2 }] },
    { code: "export function loginUrl() {\n  const st = Math.random().toString(36).slice(2)\n  const q = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: CALLBACK, response_type: 'code', state: st })\n  return `${AUTHORIZE}?${q}`\n}", path: 'src/auth/oauth.ts', findings: [{ line: 2 }] },
  ],
})

// A token from a generic PRNG helper returned beside its digest (`return { token, digest }`) is reported where the token
// was made, naming the helper, not the digest; a code sent to a phone is a credential like one sent by SMS.
testRule(registered('crypto/insecure-random'), {
  valid: [
    { path: 'src/auth/reset.ts', code: "import crypto from 'node:crypto'\nexport function generateResetToken() {\n  const token = crypto.randomBytes(32).toString('hex')\n  const digest = crypto.createHash('sha256').update(token).digest('hex')\n  return { token, digest }\n}" },
    { path: 'src/account/phone.ts', code: "import { randomInt } from 'node:crypto'\nexport async function requestPhoneCode(userId: string) {\n  const code = String(randomInt(100000, 1000000))\n  await prisma.phoneCode.create({ data: { userId, code } })\n  return code\n}" },
  ],
  invalid: [
    { path: 'src/auth/reset.ts', code: "import crypto from 'node:crypto'\nfunction randomString(length: number) {\n  let out = ''\n  for (let i = 0; i < length; i++) out += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length))\n  return out\n}\nexport function generateResetToken() {\n  const token = randomString(40)\n  const digest = crypto.createHash('md5').update(token).digest('hex')\n  return { token, digest }\n}", findings: [{ line: 8, message: /randomString\(\)/ }] },
    { path: 'src/account/phone.ts', code: "export async function requestPhoneCode(userId: string) {\n  const code = (Math.floor(Math.random() * 900000) + 100000).toString()\n  await prisma.phoneCode.create({ data: { userId, code } })\n  return code\n}", findings: [{ line: 2 }] },
  ],
})
