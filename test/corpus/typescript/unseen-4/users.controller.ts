// corpus: path=src/users/users.controller.ts
import { Controller, Get, Param, ParseIntPipe, Query, Injectable, Post, Body } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

export class SearchUsersDto {
  @IsString()
  q!: string;

  @IsOptional()
  @IsIn(['name', 'email', 'created_at'])
  sort?: 'name' | 'email' | 'created_at';

  @IsOptional()
  @IsString()
  team?: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  search(dto: SearchUsersDto) {
    return this.users
      .createQueryBuilder('u')
      .where(`u.name ILIKE '%${dto.q}%'`) // expect: sql-injection
      .orderBy(`u.${dto.sort ?? 'name'}`)
      .getMany();
  }

  searchSafe(dto: SearchUsersDto) {
    return this.users
      .createQueryBuilder('u')
      .where('u.name ILIKE :q', { q: `%${dto.q}%` }) // ok: sql-injection
      .getMany();
  }

  byTeam(team: string) {
    return this.dataSource.query(`SELECT id, name FROM users WHERE team = '${team}'`); // expect: sql-injection
  }

  byTeamSafe(team: string) {
    return this.dataSource.query('SELECT id, name FROM users WHERE team = $1', [team]); // ok: sql-injection
  }

  findOne(id: number) {
    return this.dataSource.query(`SELECT * FROM users WHERE id = ${id}`); // ok: sql-injection
  }

  async rename(id: number, name: string) {
    await this.dataSource.manager.query(`UPDATE users SET name = '${name}' WHERE id = ${id}`); // expect: sql-injection
  }
}

@Controller('users')
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Get()
  search(@Query() dto: SearchUsersDto) {
    return this.usersService.search(dto);
  }

  @Get('team/:team')
  byTeam(@Param('team') team: string) {
    return this.usersService.byTeam(team);
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return this.usersService.findOne(id);
  }

  @Post(':id/name')
  rename(@Param('id', ParseIntPipe) id: number, @Body('name') name: string) {
    return this.usersService.rename(id, name);
  }
}
