// corpus: path=src/users/users.service.ts
import { Injectable, Logger } from '@nestjs/common'
import * as bcrypt from 'bcrypt'
import { CreateUserDto } from './dto/create-user.dto'
import { UsersRepository } from './users.repository'

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name)

  constructor(private readonly users: UsersRepository) {}

  async create(dto: CreateUserDto) {
    this.logger.log(`creating user ${dto.email}`) // ok: sensitive-logging
    const passwordHash = await bcrypt.hash(dto.password, 12)
    return this.users.insert({ email: dto.email, name: dto.name, passwordHash })
  }
}
