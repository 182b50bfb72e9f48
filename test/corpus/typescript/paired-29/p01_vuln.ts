// corpus: path=src/users/password.service.ts
import { createHash } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import { UsersRepository } from './users.repository'

@Injectable()
export class PasswordService {
  constructor(private readonly users: UsersRepository) {}

  async setPassword(userId: string, password: string): Promise<void> {
    const hash = createHash('md5').update(password).digest('hex') // expect: weak-hash
    await this.users.update(userId, { passwordHash: hash })
  }
}
