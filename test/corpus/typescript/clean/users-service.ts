// corpus: path=src/users/users.service.ts
import { ConflictException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import * as argon2 from 'argon2';
import { User } from './user.entity';
import { CreateUserDto } from './dto/create-user.dto';
import { ChangePasswordDto } from './dto/change-password.dto';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async create(dto: CreateUserDto): Promise<User> {
    const email = dto.email.trim().toLowerCase();
    if (await this.users.exists({ where: { email } })) throw new ConflictException('email already registered');
    const user = this.users.create({ email, name: dto.name, passwordHash: await argon2.hash(dto.password) });
    return this.users.save(user);
  }

  async findOne(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundException();
    return user;
  }

  async changePassword(id: string, dto: ChangePasswordDto): Promise<void> {
    const user = await this.users.findOne({ where: { id }, select: ['id', 'passwordHash'] });
    if (!user) throw new NotFoundException();
    if (!(await argon2.verify(user.passwordHash, dto.currentPassword))) {
      throw new UnauthorizedException('current password is wrong');
    }
    user.passwordHash = await argon2.hash(dto.newPassword);
    user.passwordChangedAt = new Date();
    await this.users.save(user);
  }

  async search(term: string, limit = 20): Promise<User[]> {
    return this.users
      .createQueryBuilder('u')
      .where('u.name ILIKE :term OR u.email ILIKE :term', { term: `%${term}%` })
      .orderBy('u.name')
      .limit(Math.min(limit, 100))
      .getMany();
  }
}
