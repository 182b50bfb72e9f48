// corpus: path=src/lib/tokens.ts
import { randomBytes, randomInt, randomUUID, createHash } from 'node:crypto'
import { extname } from 'node:path'
import { nanoid } from 'nanoid'
import { customAlphabet } from 'nanoid/non-secure'
import { v1 as uuidv1 } from 'uuid'
import shortid from 'shortid'
import _ from 'lodash'
import multer from 'multer'
import { prisma } from './prisma'

const HOUR = 60 * 60 * 1000
const KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'

// nanoid/non-secure draws from Math.random: fine for DOM ids, not for anything a visitor
// could gain by guessing. uuid v1 is the clock and the host's node id, and shortid and
// lodash's random helpers are Math.random underneath as well.
const shortCode = customAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function createPasswordReset(userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url') // ok: insecure-random
  await prisma.passwordReset.create({ data: { userId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + HOUR) } })
  return token
}

export async function createLoginCode(userId: string): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0') // ok: insecure-random
  await prisma.loginCode.create({ data: { userId, codeHash: hashToken(code), expiresAt: new Date(Date.now() + 10 * 60 * 1000) } })
  return code
}

export async function createSmsCode(phone: string): Promise<string> {
  const code = String(_.random(100000, 999999)) // expect: insecure-random
  await prisma.smsCode.create({ data: { phone, codeHash: hashToken(code), expiresAt: new Date(Date.now() + 5 * 60 * 1000) } })
  return code
}

export async function createInvite(workspaceId: string, email: string): Promise<string> {
  const token = nanoid(32) // ok: insecure-random
  await prisma.invite.create({ data: { workspaceId, email, tokenHash: hashToken(token) } })
  return token
}

export async function createJoinCode(workspaceId: string): Promise<string> {
  const code = shortCode() // expect: insecure-random
  await prisma.joinCode.create({ data: { workspaceId, code, expiresAt: new Date(Date.now() + 24 * HOUR) } })
  return code
}

export async function createApiKey(userId: string): Promise<string> {
  const key = `ak_${_.sampleSize(KEY_ALPHABET, 32).join('')}` // expect: insecure-random
  await prisma.apiKey.create({ data: { userId, keyHash: hashToken(key), prefix: key.slice(0, 7) } })
  return key
}

export async function createShareLink(documentId: string): Promise<string> {
  // Anyone holding the link can read the document without signing in.
  const slug = shortid.generate() // expect: insecure-random
  await prisma.shareLink.create({ data: { documentId, slug } })
  return `/s/${slug}`
}

export async function startSession(userId: string): Promise<string> {
  const sessionId = uuidv1() // expect: insecure-random
  await prisma.session.create({ data: { id: sessionId, userId, expiresAt: new Date(Date.now() + 8 * HOUR) } })
  return sessionId
}

export async function startSessionV2(userId: string): Promise<string> {
  const sessionId = randomUUID() // ok: insecure-random
  await prisma.session.create({ data: { id: sessionId, userId, expiresAt: new Date(Date.now() + 8 * HOUR) } })
  return sessionId
}

// Private attachments are served from /files/:name to whoever asks for the name, so the name is
// the only thing between a stranger and the file.
export const privateUploads = multer({
  storage: multer.diskStorage({
    destination: '/var/lib/acme/attachments',
    filename: (_req, file, cb) => {
      const unique = `${Date.now()}-${Math.round(Math.random() * 1e9)}` // expect: insecure-random
      cb(null, `${unique}${extname(file.originalname).toLowerCase()}`)
    },
  }),
  limits: { fileSize: 20 * 1024 * 1024 },
})

export const privateUploadsV2 = multer({
  storage: multer.diskStorage({
    destination: '/var/lib/acme/attachments',
    filename: (_req, file, cb) => {
      cb(null, `${randomBytes(16).toString('hex')}${extname(file.originalname).toLowerCase()}`) // ok: insecure-random
    },
  }),
  limits: { fileSize: 20 * 1024 * 1024 },
})

export function requestId(): string {
  return randomUUID()
}

export function retryDelay(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** attempt)
  return base / 2 + Math.random() * (base / 2)
}

export function pickGreeting(): string {
  return _.sample(['Hi', 'Hello', 'Welcome back']) ?? 'Hi' // ok: insecure-random
}
