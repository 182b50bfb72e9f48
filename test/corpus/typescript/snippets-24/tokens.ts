import jwt from 'jsonwebtoken'
import crypto from 'node:crypto'

export function verifyToken(token: string) {
  return jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['none', 'HS256'] }) // expect: jwt-weak
}

export function verifyTokenSafe(token: string) {
  return jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] }) // ok: jwt-weak
}

export function sign(userId: string) {
  return jwt.sign({ sub: userId }, 'secret', { expiresIn: '1h' }) // expect: hardcoded-secret
}

export function resetCode(): string {
  return String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0') // expect: insecure-random
}

export function resetCodeSafe(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0') // ok: insecure-random
}

export function hashPassword(pw: string): string {
  return crypto.createHash('sha256').update(pw).digest('hex') // expect: weak-hash
}

export function fingerprint(body: string): string {
  return crypto.createHash('sha256').update(body).digest('hex') // ok: weak-hash
}
