// corpus: path=src/auth/password-reset.service.ts
import { randomBytes } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import { PrismaService } from '../prisma/prisma.service'
import { MailerService } from '../mailer/mailer.service'

@Injectable()
export class PasswordResetService {
  constructor(private readonly prisma: PrismaService, private readonly mailer: MailerService) {}

  async requestReset(email: string): Promise<void> {
    const user = await this.prisma.user.findUnique({ where: { email } })
    if (!user) return
    const token = randomBytes(32).toString('base64url') // ok: insecure-random
    await this.prisma.passwordReset.create({
      data: { userId: user.id, token, expiresAt: new Date(Date.now() + 30 * 60_000) },
    })
    await this.mailer.send(user.email, 'Reset your password', `https://app.example.com/reset?token=${token}`)
  }
}
