// corpus: path=src/settings/settings.controller.ts
import { Body, Controller, Get, Param, Patch, Put, UseGuards } from '@nestjs/common'
import { WorkspaceMemberGuard } from '../auth/workspace-member.guard'
import { SettingsService } from './settings.service'

@Controller('workspaces/:workspaceId/settings')
@UseGuards(WorkspaceMemberGuard)
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  get(@Param('workspaceId') workspaceId: string) {
    return this.settings.get(workspaceId)
  }

  @Patch()
  patch(@Param('workspaceId') workspaceId: string, @Body() body: Record<string, unknown>) {
    return this.settings.patch(workspaceId, body as never)
  }

  @Put('notifications')
  setNotifications(@Param('workspaceId') workspaceId: string, @Body() body: unknown) {
    return this.settings.setNotifications(workspaceId, body)
  }

  @Put('features/:feature')
  setFeature(@Param('workspaceId') workspaceId: string, @Param('feature') feature: string, @Body('enabled') enabled: boolean) {
    return this.settings.setFeature(workspaceId, feature, enabled === true)
  }
}
