// corpus: path=src/settings/settings.service.ts
import { Body, Controller, Patch, Req } from '@nestjs/common'
import type { Request } from 'express'
import { SettingsRepository } from './settings.repository'

function setPath(target: Record<string, any>, dotted: string, value: unknown): void {
  const keys = dotted.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {}
    node = node[key]
  }
  node[keys[keys.length - 1]] = value // expect: prototype-pollution
}

@Controller('settings')
export class SettingsController {
  constructor(private readonly repo: SettingsRepository) {}

  @Patch()
  async update(@Req() req: Request, @Body() body: { path: string; value: unknown }) {
    const settings = await this.repo.load(req.user!.id)
    setPath(settings, body.path, body.value)
    return this.repo.save(req.user!.id, settings)
  }
}
