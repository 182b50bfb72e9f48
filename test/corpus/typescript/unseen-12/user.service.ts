// corpus: path=src/users/user.service.ts
import { Injectable } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { createHash, randomBytes, createCipheriv } from 'node:crypto'
import { Repository } from 'typeorm'
import { User } from './user.entity'

const LEGACY_KEY = Buffer.from(process.env.LEGACY_KEY ?? '', 'hex')

@Injectable()
export class UserService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async search(term: string, orderBy: string): Promise<User[]> {
    return this.users.query(`SELECT * FROM users WHERE name ILIKE '%${term}%' ORDER BY ${orderBy}`) // expect: sql-injection
  }

  async searchSafe(term: string): Promise<User[]> {
    return this.users
      .createQueryBuilder('u')
      .where('u.name ILIKE :term', { term: `%${term}%` }) // ok: sql-injection
      .orderBy('u.name', 'ASC')
      .getMany()
  }

  encryptLegacy(plain: string): string {
    const cipher = createCipheriv('des-ede3-cbc', LEGACY_KEY, randomBytes(8)) // expect: weak-cipher
    return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64')
  }

  encrypt(plain: string, key: Buffer): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, iv) // ok: weak-cipher
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.')
  }

  fingerprint(user: User): string {
    return createHash('sha1').update(`${user.id}:${user.updatedAt.toISOString()}`).digest('hex') // ok: weak-hash
  }
}
