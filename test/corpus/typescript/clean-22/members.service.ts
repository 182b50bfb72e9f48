// corpus: path=src/accounts/members.service.ts
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { Brackets, ILike, In, Repository } from 'typeorm'
import { randomBytes, createHash } from 'node:crypto'
import { Membership, type Role } from './membership.entity'
import { Invite } from './invite.entity'
import { MailService } from '../mail/mail.service'

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000
const ROLE_RANK: Record<Role, number> = { member: 0, admin: 1, owner: 2 }

export interface InviteInput {
  email: string
  role: Role
}

@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(Invite) private readonly invites: Repository<Invite>,
    private readonly mail: MailService,
  ) {}

  async list(accountId: string, search?: string) {
    const qb = this.memberships
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.accountId = :accountId', { accountId })
      .andWhere('m.deactivatedAt IS NULL')
      .orderBy('u.name', 'ASC')
    if (search) {
      qb.andWhere(
        new Brackets((w) => {
          w.where('u.name ILIKE :term', { term: `%${search}%` }).orWhere('u.email ILIKE :term', { term: `%${search}%` })
        }),
      )
    }
    return qb.getMany()
  }

  async findByEmails(accountId: string, emails: string[]) {
    return this.memberships.find({ where: { accountId, user: { email: In(emails.map((e) => e.toLowerCase())) } }, relations: { user: true } })
  }

  async searchByName(accountId: string, name: string) {
    return this.memberships.find({ where: { accountId, user: { name: ILike(`%${name}%`) } }, relations: { user: true }, take: 20 })
  }

  async invite(actorRole: Role, accountId: string, input: InviteInput) {
    if (ROLE_RANK[input.role] > ROLE_RANK[actorRole]) throw new ForbiddenException('cannot invite above your own role')
    const existing = await this.findByEmails(accountId, [input.email])
    if (existing.length > 0) throw new ConflictException('already a member')

    const token = randomBytes(32).toString('base64url')
    const invite = this.invites.create({
      accountId,
      email: input.email.toLowerCase(),
      role: input.role,
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    })
    await this.invites.save(invite)
    await this.mail.sendInvite(invite.email, token)
    return { id: invite.id, email: invite.email, role: invite.role, expiresAt: invite.expiresAt }
  }

  async accept(token: string, userId: string) {
    const tokenHash = createHash('sha256').update(token).digest('hex')
    const invite = await this.invites.findOne({ where: { tokenHash } })
    if (!invite || invite.expiresAt < new Date() || invite.acceptedAt) throw new NotFoundException('invite not found or expired')
    await this.memberships.save(this.memberships.create({ accountId: invite.accountId, userId, role: invite.role }))
    await this.invites.update({ id: invite.id }, { acceptedAt: new Date() })
    return { accountId: invite.accountId }
  }

  async changeRole(actorRole: Role, accountId: string, memberId: string, role: Role) {
    const member = await this.memberships.findOne({ where: { id: memberId, accountId } })
    if (!member) throw new NotFoundException()
    if (ROLE_RANK[member.role] >= ROLE_RANK[actorRole] || ROLE_RANK[role] > ROLE_RANK[actorRole]) {
      throw new ForbiddenException('insufficient role')
    }
    await this.memberships.update({ id: member.id }, { role })
    return { ...member, role }
  }

  async remove(actorRole: Role, accountId: string, memberId: string) {
    const member = await this.memberships.findOne({ where: { id: memberId, accountId } })
    if (!member) throw new NotFoundException()
    if (member.role === 'owner' || ROLE_RANK[member.role] >= ROLE_RANK[actorRole]) throw new ForbiddenException('insufficient role')
    await this.memberships.update({ id: member.id }, { deactivatedAt: new Date() })
  }
}
