// corpus: path=src/auth/auth.service.ts
import { Injectable, UnauthorizedException, BadRequestException } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
import { randomBytes, randomInt, createHash } from 'node:crypto'
import * as bcrypt from 'bcrypt'
import * as jwt from 'jsonwebtoken'
import { UsersService } from '../users/users.service'
import { MailService } from '../mail/mail.service'
import type { User } from '../users/user.entity'

export interface LoginInput {
  email: string
  password: string
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly mail: MailService,
  ) {}

  async validate({ email, password }: LoginInput): Promise<User> {
    const user = await this.users.findByEmail(email.toLowerCase())
    if (!user) throw new UnauthorizedException('invalid credentials')
    if (user.legacyPasswordMd5) {
      const legacy = createHash('md5').update(password).digest('hex') // expect: weak-hash
      if (legacy !== user.legacyPasswordMd5) throw new UnauthorizedException('invalid credentials')
      await this.users.upgradePassword(user.id, await bcrypt.hash(password, 12))
      return user
    }
    if (!(await bcrypt.compare(password, user.passwordHash))) {
      throw new UnauthorizedException('invalid credentials')
    }
    return user
  }

  async login(input: LoginInput) {
    const user = await this.validate(input)
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role }, { expiresIn: '15m' })
    const refreshToken = randomBytes(48).toString('base64url')
    await this.users.saveRefreshToken(user.id, createHash('sha256').update(refreshToken).digest('hex'))
    return { accessToken, refreshToken }
  }

  async register(email: string, password: string) {
    if (password.length < 10) throw new BadRequestException('password too short')
    const passwordHash = await bcrypt.hash(password, 12)
    const user = await this.users.create({ email: email.toLowerCase(), passwordHash })
    await this.mail.sendWelcome(user.email)
    return { id: user.id }
  }

  async sendLoginCode(email: string) {
    const user = await this.users.findByEmail(email.toLowerCase())
    if (!user) return
    const code = String(Math.floor(100000 + Math.random() * 900000)) // expect: insecure-random
    await this.users.saveLoginCode(user.id, await bcrypt.hash(code, 10), new Date(Date.now() + 10 * 60_000))
    await this.mail.sendLoginCode(user.email, code)
  }

  async sendRecoveryCode(email: string) {
    const user = await this.users.findByEmail(email.toLowerCase())
    if (!user) return
    const code = String(randomInt(100000, 1000000)) // ok: insecure-random
    await this.users.saveRecoveryCode(user.id, await bcrypt.hash(code, 10))
    await this.mail.sendRecoveryCode(user.email, code)
  }

  impersonationClaims(token: string) {
    const claims = jwt.decode(token) as { sub: string; impersonator?: string } | null // expect: jwt-weak
    if (!claims?.impersonator) throw new UnauthorizedException()
    return claims
  }

  async verifyServiceToken(token: string) {
    return this.jwt.verifyAsync(token, { secret: process.env.SERVICE_JWT_SECRET, algorithms: ['HS256'] }) // ok: jwt-weak
  }

  avatarCacheKey(userId: string) {
    return createHash('md5').update(`avatar:${userId}`).digest('hex') // ok: weak-hash
  }
}
