import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common'
import { CurrentUser } from '../auth/current-user.decorator'
import { Public } from '../auth/public.decorator'
import { User } from '../users/user.entity'
import { InviteDto, UpdateTeamDto } from './dto'
import { TeamsService } from './teams.service'

@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get(':slug')
  findOne(@Param('slug') slug: string, @CurrentUser() user: User) {
    return this.teams.findForMember(slug, user.id)
  }

  @Patch(':slug')
  update(@Param('slug') slug: string, @Body() dto: UpdateTeamDto, @CurrentUser() user: User) {
    return this.teams.update(slug, dto, user.id)
  }

  @Public() // ok: missing-authorization
  @Get(':slug/invites/:token')
  previewInvite(@Param('slug') slug: string, @Param('token') token: string) {
    return this.teams.previewInvite(slug, token)
  }

  @Post(':slug/invites/accept')
  acceptInvite(@Param('slug') slug: string, @Body() dto: InviteDto, @CurrentUser() user: User) {
    return this.teams.acceptInvite(slug, dto.token, user.id)
  }

  @Public() // expect: missing-authorization
  @Delete(':slug/members/:memberId')
  removeMember(@Param('slug') slug: string, @Param('memberId') memberId: string) {
    return this.teams.removeMember(slug, memberId)
  }

  @Public() // ok: missing-authorization
  @Get('health')
  health() {
    return { ok: true }
  }
}
