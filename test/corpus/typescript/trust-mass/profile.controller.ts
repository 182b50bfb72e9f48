// corpus: path=src/profile/profile.controller.ts
import { Body, Controller, Get, NotFoundException, Param, Patch, Post, Put, Req, UseGuards } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import type { Request } from 'express'
import { Repository } from 'typeorm'
import { SessionGuard } from '../auth/session.guard'
import { UpdateProfileDto } from './dto/update-profile.dto'
import { Profile } from './profile.entity'
import { User } from '../users/user.entity'

@Controller('profile')
@UseGuards(SessionGuard)
export class ProfileController {
  constructor(
    @InjectRepository(Profile) private readonly profiles: Repository<Profile>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  @Get()
  async mine(@Req() req: Request) {
    const profile = await this.profiles.findOneBy({ userId: req.session.userId })
    if (!profile) throw new NotFoundException()
    return profile
  }

  @Patch()
  async update(@Req() req: Request, @Body() dto: UpdateProfileDto) {
    const profile = await this.profiles.findOneByOrFail({ userId: req.session.userId })
    this.profiles.merge(profile, dto) // ok: mass-assignment
    return this.profiles.save(profile)
  }

  @Put('account')
  async replaceAccount(@Req() req: Request, @Body() body: Record<string, unknown>) {
    const user = await this.users.findOneByOrFail({ id: req.session.userId })
    const merged = this.users.merge(user, body) // expect: mass-assignment
    return this.users.save(merged)
  }

  @Patch('account/:id')
  async adminPatch(@Param('id') id: string, @Req() req: Request) {
    await this.users.update(id, req.body) // expect: mass-assignment
    return this.users.findOneBy({ id })
  }

  @Post('avatar')
  async setAvatar(@Req() req: Request, @Body('url') url: string) {
    await this.profiles.update({ userId: req.session.userId }, { avatarUrl: new URL(url).toString() }) // ok: mass-assignment
    return { ok: true }
  }

  @Post('view-as')
  viewAs(@Req() req: Request, @Body('role') role: string) {
    req.session.viewAsRole = role // expect: trust-boundary
    return { ok: true }
  }
}
