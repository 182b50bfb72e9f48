// corpus: path=src/users/users.repository.ts
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  findByEmail(email: string): Promise<User | null> {
    return this.repo.findOne({ where: { email: email.toLowerCase() } }); // ok: sql-injection
  }

  search(name: string): Promise<User[]> {
    return this.repo
      .createQueryBuilder('u')
      .where(`u.name LIKE '%${name}%'`) // expect: sql-injection
      .orderBy('u.id')
      .getMany();
  }

  searchSafe(name: string): Promise<User[]> {
    return this.repo
      .createQueryBuilder('u')
      .where('u.name LIKE :name', { name: `%${name}%` }) // ok: sql-injection
      .orderBy('u.id')
      .getMany();
  }

  async countByRole(role: string): Promise<number> {
    const rows = await this.dataSource.query(`SELECT COUNT(*) AS n FROM users WHERE role = '${role}'`); // expect: sql-injection
    return Number(rows[0].n);
  }

  async deactivate(ids: number[]): Promise<void> {
    await this.dataSource.query('UPDATE users SET active = false WHERE id = ANY($1)', [ids]); // ok: sql-injection
  }

  sorted(sort: string, dir: 'ASC' | 'DESC'): Promise<User[]> {
    return this.repo.createQueryBuilder('u').orderBy(sort, dir).getMany(); // expect: sql-injection
  }
}
