// corpus: path=src/auth/reset.service.ts
import { randomBytes } from 'node:crypto'
import { Injectable, Logger } from '@nestjs/common'
import { MailService } from '../mail/mail.service'
import { ResetTokensRepository } from './reset-tokens.repository'

@Injectable()
export class ResetService {
  private readonly logger = new Logger(ResetService.name)

  constructor(private readonly tokens: ResetTokensRepository, private readonly mail: MailService) {}

  async requestReset(email: string): Promise<void> {
    const resetToken = randomBytes(32).toString('hex')
    await this.tokens.save(email, resetToken)
    this.logger.log(`password reset requested for ${email}`) // ok: sensitive-logging
    await this.mail.sendReset(email, resetToken)
  }
}
