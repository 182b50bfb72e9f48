// corpus: path=src/auth/session.service.ts
import { Injectable, UnauthorizedException } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
import { createCipheriv, createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import * as jsonwebtoken from 'jsonwebtoken'
import type { Response } from 'express'
import { UsersRepository } from '../users/users.repository'

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>

@Injectable()
export class SessionService {
  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string, res: Response) {
    const user = await this.users.findByEmail(email)
    if (!user) throw new UnauthorizedException()
    const [saltHex, hashHex] = user.passwordHash.split(':')
    const derived = await scrypt(password, Buffer.from(saltHex, 'hex'), 64)
    if (!timingSafeEqual(derived, Buffer.from(hashHex, 'hex'))) throw new UnauthorizedException()

    const token = await this.jwt.signAsync({ sub: user.id, role: user.role })
    res.cookie('sid', token, { httpOnly: true, secure: true, sameSite: 'lax' })
    res.cookie('sid_hint', token.slice(-6), { sameSite: 'lax' }) // ok: insecure-cookie
    res.cookie('remember', token, { httpOnly: true, secure: false, maxAge: 30 * 86400_000 }) // expect: insecure-cookie
    return { id: user.id }
  }

  async legacyLogin(email: string, password: string) {
    const user = await this.users.findByEmail(email)
    const sha = createHash('sha1').update(password).digest('hex') // expect: weak-hash
    if (!user || user.legacyHash !== sha) throw new UnauthorizedException()
    return this.jwt.signAsync({ sub: user.id })
  }

  async createPasswordReset(email: string) {
    const user = await this.users.findByEmail(email)
    if (!user) return
    const resetCode = Math.random().toString(36).substring(2, 10).toUpperCase() // expect: insecure-random
    await this.users.saveResetCode(user.id, resetCode, new Date(Date.now() + 15 * 60_000))
    const requestRef = createHash('sha256').update(`${user.id}:${Date.now()}`).digest('hex').slice(0, 12) // ok: weak-hash
    return { requestRef }
  }

  readPartnerToken(raw: string) {
    return jsonwebtoken.verify(raw, process.env.PARTNER_PUBLIC_KEY ?? '', { algorithms: ['RS256', 'none'] }) // expect: jwt-weak
  }

  readOwnToken(raw: string) {
    return jsonwebtoken.verify(raw, process.env.JWT_SECRET ?? '', { algorithms: ['HS256'], maxAge: '1h' }) // ok: jwt-weak
  }

  encryptBackupCodes(codes: string[]) {
    const key = Buffer.from(process.env.BACKUP_KEY ?? '', 'hex')
    const cipher = createCipheriv('des-ede3-cbc', key, randomBytes(8)) // expect: weak-cipher
    return Buffer.concat([cipher.update(codes.join('\n')), cipher.final()]).toString('base64')
  }

  encryptRecoveryEmail(email: string) {
    const key = Buffer.from(process.env.BACKUP_KEY ?? '', 'hex')
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, iv) // ok: weak-cipher
    const data = Buffer.concat([cipher.update(email), cipher.final()])
    return { iv: iv.toString('hex'), data: data.toString('hex'), tag: cipher.getAuthTag().toString('hex') }
  }

  async hashPassword(password: string): Promise<string> {
    const salt = randomBytes(16)
    const derived = await scrypt(password, salt, 64)
    return `${salt.toString('hex')}:${derived.toString('hex')}`
  }
}
