import { Injectable, UnauthorizedException } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
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
    return { id: user.id }
  }

  async hashPassword(password: string): Promise<string> {
    const salt = randomBytes(16)
    const derived = await scrypt(password, salt, 64)
    return `${salt.toString('hex')}:${derived.toString('hex')}`
  }
}
