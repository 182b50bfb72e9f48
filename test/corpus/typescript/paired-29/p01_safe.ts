// corpus: path=src/users/password.service.ts
import { randomBytes, scrypt } from 'node:crypto'
import { promisify } from 'node:util'
import { Injectable } from '@nestjs/common'
import { UsersRepository } from './users.repository'

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>

@Injectable()
export class PasswordService {
  constructor(private readonly users: UsersRepository) {}

  async setPassword(userId: string, password: string): Promise<void> {
    const salt = randomBytes(16)
    const derived = await scryptAsync(password, salt, 64) // ok: weak-hash
    await this.users.update(userId, { passwordHash: `${salt.toString('hex')}:${derived.toString('hex')}` })
  }
}
