import { Injectable, NotFoundException } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository } from 'typeorm'
import * as bcrypt from 'bcrypt'
import { User } from '../users/user.entity'
import { MailService } from '../mail/mail.service'

@Injectable()
export class PasswordResetService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly mail: MailService,
  ) {}

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findOneBy({ id: userId })
    if (!user) throw new NotFoundException('User not found')
    const ok = await bcrypt.compare(currentPassword, user.passwordHash)
    if (!ok) throw new NotFoundException('User not found')
    user.passwordHash = await bcrypt.hash(newPassword, 12)
    await this.users.save(user)
    await this.mail.send(user.email, 'password-changed', { name: user.displayName })
  }
}
