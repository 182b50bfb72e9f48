// corpus: path=src/users/users.service.ts
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import * as bcrypt from 'bcrypt'
import { randomBytes, createHash } from 'node:crypto'
import { Brackets, Repository } from 'typeorm'
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './dto'
import { User, UserRole } from './user.entity'

const BCRYPT_ROUNDS = 12
const SORT_COLUMNS: Record<ListUsersQuery['sort'], string> = {
  name: 'user.displayName',
  email: 'user.email',
  created: 'user.createdAt',
  lastSeen: 'user.lastSeenAt',
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name)

  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async list(organizationId: string, query: ListUsersQuery) {
    const qb = this.users
      .createQueryBuilder('user')
      .where('user.organizationId = :organizationId', { organizationId })
      .andWhere('user.deletedAt IS NULL')

    if (query.search) {
      const term = `%${query.search.replace(/[\\%_]/g, '\\$&')}%`
      qb.andWhere(
        new Brackets((where) => {
          where.where('user.displayName ILIKE :term', { term }).orWhere('user.email ILIKE :term', { term }) // ok: sql-injection
        }),
      )
    }
    if (query.role) {
      qb.andWhere('user.role = :role', { role: query.role })
    }

    const [items, total] = await qb
      .orderBy(SORT_COLUMNS[query.sort] ?? SORT_COLUMNS.created, query.order === 'asc' ? 'ASC' : 'DESC') // ok: sql-injection
      .skip((query.page - 1) * query.perPage)
      .take(query.perPage)
      .getManyAndCount()
    return { items: items.map((u) => this.toPublic(u)), total, page: query.page }
  }

  async create(organizationId: string, dto: CreateUserDto) {
    const existing = await this.users.findOne({ where: { email: dto.email.toLowerCase() } })
    if (existing) throw new ConflictException('Email already registered')
    const user = this.users.create({
      organizationId,
      email: dto.email.toLowerCase(),
      displayName: dto.displayName.trim(),
      role: dto.role ?? UserRole.Member,
      passwordHash: await bcrypt.hash(dto.password, BCRYPT_ROUNDS),
    })
    await this.users.save(user)
    this.logger.log(`created user ${user.id} in organization ${organizationId}`)
    return this.toPublic(user)
  }

  async update(organizationId: string, id: string, dto: UpdateUserDto) {
    const user = await this.findInOrganization(organizationId, id)
    if (dto.displayName !== undefined) user.displayName = dto.displayName.trim()
    if (dto.role !== undefined) user.role = dto.role
    if (dto.timezone !== undefined) user.timezone = dto.timezone
    await this.users.save(user)
    this.logger.log(`updated user ${id}: ${Object.keys(dto).join(', ')}`) // ok: log-injection
    return this.toPublic(user)
  }

  async verifyPassword(email: string, password: string): Promise<User | null> {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() }, select: ['id', 'passwordHash', 'organizationId', 'role'] })
    if (!user) {
      await bcrypt.compare(password, '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5kGJ7Z0nmCkVZbT1T0kQ0uG5lK1Y0a2') // ok: hardcoded-secret
      return null
    }
    return (await bcrypt.compare(password, user.passwordHash)) ? user : null
  }

  async createInvite(organizationId: string, email: string) {
    const token = randomBytes(24).toString('base64url')
    const tokenHash = createHash('sha256').update(token).digest('hex')
    await this.users.manager.query(
      'INSERT INTO invites (organization_id, email, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval \'7 days\')', // ok: sql-injection
      [organizationId, email.toLowerCase(), tokenHash],
    )
    this.logger.log(`invite created for organization ${organizationId}`)
    return token
  }

  async remove(organizationId: string, id: string) {
    const user = await this.findInOrganization(organizationId, id)
    await this.users.softRemove(user)
    this.logger.log(`soft-deleted user ${id}`)
  }

  private async findInOrganization(organizationId: string, id: string) {
    const user = await this.users.findOne({ where: { id, organizationId } })
    if (!user) throw new NotFoundException()
    return user
  }

  private toPublic(user: User) {
    const { passwordHash: _passwordHash, ...rest } = user
    return rest
  }
}
