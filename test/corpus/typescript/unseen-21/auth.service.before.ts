import { Injectable, UnauthorizedException, BadRequestException } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
import { randomBytes, createHash } from 'node:crypto'
import * as bcrypt from 'bcrypt'
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
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
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
}
