// corpus: path=src/auth/password-reset.ts
import crypto from 'crypto'
import { prisma } from '../prisma'
import { sendMail } from '../mailer'

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'
const RESET_TTL_MS = 30 * 60 * 1000

function randomString(length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) {
    out += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length))
  }
  return out
}

export function generateResetToken(): { token: string; digest: string } {
  const token = randomString(40) // expect: insecure-random
  const digest = crypto.createHash('md5').update(token).digest('hex') // expect: weak-hash
  return { token, digest }
}

export async function requestReset(email: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } })
  if (!user) return
  const { token, digest } = generateResetToken()
  await prisma.passwordReset.create({
    data: { userId: user.id, tokenDigest: digest, expiresAt: new Date(Date.now() + RESET_TTL_MS) },
  })
  await sendMail(user.email, 'Reset your password', `https://app.example.com/reset?token=${token}`)
}

export async function requestPhoneCode(userId: string): Promise<string> {
  const code = (Math.floor(Math.random() * 900000) + 100000).toString() // expect: insecure-random
  await prisma.phoneCode.upsert({
    where: { userId },
    create: { userId, code, expiresAt: new Date(Date.now() + 5 * 60 * 1000) },
    update: { code, expiresAt: new Date(Date.now() + 5 * 60 * 1000) },
  })
  return code
}

export function generateBackupCodes(count = 10): string[] {
  return Array.from({ length: count }, () => crypto.randomInt(0, 1e10).toString().padStart(10, '0')) // ok: insecure-random
}

export function retryDelay(attempt: number): number {
  return Math.min(30_000, 2 ** attempt * 250) + Math.floor(Math.random() * 250) // ok: insecure-random
}

export async function completeReset(token: string, newPassword: string): Promise<boolean> {
  const digest = crypto.createHash('md5').update(token).digest('hex') // expect: weak-hash
  const reset = await prisma.passwordReset.findFirst({ where: { tokenDigest: digest, expiresAt: { gt: new Date() } } })
  if (!reset) return false
  const salt = crypto.randomBytes(16).toString('hex')
  const hash = crypto.createHash('sha1').update(salt + newPassword).digest('hex') // expect: weak-hash
  await prisma.user.update({ where: { id: reset.userId }, data: { passwordHash: `${salt}$${hash}` } })
  await prisma.passwordReset.delete({ where: { id: reset.id } })
  return true
}
