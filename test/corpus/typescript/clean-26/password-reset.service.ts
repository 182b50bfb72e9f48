// corpus: path=src/auth/password-reset.service.ts
import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { ConfigService } from '@nestjs/config'
import { IsNull, MoreThan, Repository } from 'typeorm'
import * as bcrypt from 'bcrypt'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { User } from '../users/user.entity'
import { PasswordResetToken } from './password-reset-token.entity'
import { MailService } from '../mail/mail.service'
import { SessionService } from './session.service'

const TOKEN_BYTES = 32
const BCRYPT_ROUNDS = 12

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest()
}

@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name)

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(PasswordResetToken) private readonly tokens: Repository<PasswordResetToken>,
    private readonly mail: MailService,
    private readonly sessions: SessionService,
    private readonly config: ConfigService,
  ) {}

  async requestReset(email: string): Promise<void> {
    const user = await this.users.findOneBy({ email: email.toLowerCase() })
    // Same response whether or not the account exists, so the endpoint cannot enumerate users.
    if (!user) {
      this.logger.debug('password reset requested for unknown address')
      return
    }
    const token = randomBytes(TOKEN_BYTES).toString('base64url')
    const ttlMinutes = this.config.get<number>('PASSWORD_RESET_TTL_MINUTES', 30)
    await this.tokens.update({ userId: user.id, usedAt: IsNull() }, { usedAt: new Date() })
    await this.tokens.insert({
      userId: user.id,
      tokenHash: hashToken(token).toString('hex'),
      expiresAt: new Date(Date.now() + ttlMinutes * 60_000),
    })
    const appUrl = this.config.getOrThrow<string>('APP_URL')
    const link = new URL('/reset-password', appUrl)
    link.searchParams.set('token', token)
    await this.mail.send(user.email, 'password-reset', {
      name: user.displayName,
      link: link.toString(),
      expiresInMinutes: ttlMinutes,
    })
    this.logger.log(`password reset issued for user ${user.id}`)
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    if (typeof token !== 'string' || token.length < 20) {
      throw new BadRequestException('Invalid or expired reset token')
    }
    const digest = hashToken(token)
    const row = await this.tokens.findOne({
      where: { tokenHash: digest.toString('hex'), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    })
    if (!row || !timingSafeEqual(Buffer.from(row.tokenHash, 'hex'), digest)) {
      throw new BadRequestException('Invalid or expired reset token')
    }
    const user = await this.users.findOneBy({ id: row.userId })
    if (!user) throw new BadRequestException('Invalid or expired reset token')

    this.assertStrongPassword(newPassword)
    user.passwordHash = await bcrypt.hash(newPassword, BCRYPT_ROUNDS)
    user.passwordChangedAt = new Date()
    await this.users.save(user)
    await this.tokens.update({ id: row.id }, { usedAt: new Date() })
    await this.sessions.revokeAllForUser(user.id)
    await this.mail.send(user.email, 'password-changed', { name: user.displayName })
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findOneBy({ id: userId })
    if (!user) throw new NotFoundException('User not found')
    const ok = await bcrypt.compare(currentPassword, user.passwordHash)
    if (!ok) throw new BadRequestException('Current password is incorrect')
    if (currentPassword === newPassword) {
      throw new BadRequestException('New password must differ from the current password')
    }
    this.assertStrongPassword(newPassword)
    user.passwordHash = await bcrypt.hash(newPassword, BCRYPT_ROUNDS)
    user.passwordChangedAt = new Date()
    await this.users.save(user)
    await this.sessions.revokeAllForUser(user.id, { except: 'current' })
    await this.mail.send(user.email, 'password-changed', { name: user.displayName })
  }

  private assertStrongPassword(password: string): void {
    const minLength = this.config.get<number>('PASSWORD_MIN_LENGTH', 12)
    if (password.length < minLength) {
      throw new BadRequestException(`Password must be at least ${minLength} characters`)
    }
    if (password.length > 128) {
      throw new BadRequestException('Password must be at most 128 characters')
    }
  }
}
