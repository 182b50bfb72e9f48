// corpus: path=src/settings/settings.service.ts
import { Injectable, NotFoundException, BadRequestException } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository } from 'typeorm'
import { z } from 'zod'
import { WorkspaceSettings } from './workspace-settings.entity'

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const NotificationSchema = z
  .object({
    email: z.boolean().optional(),
    slack: z.object({ channel: z.string().max(80), mentions: z.boolean() }).partial().optional(),
  })
  .strict()

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Applies a JSON merge patch (RFC 7396) to `target` in place. */
function applyMergePatch(target: JsonObject, patch: JsonObject): JsonObject {
  for (const key in patch) {
    const value = patch[key]
    if (value === null) {
      delete target[key]
    } else if (isObject(value)) {
      if (!isObject(target[key])) target[key] = {}
      applyMergePatch(target[key] as JsonObject, value)
    } else {
      target[key] = value // expect: prototype-pollution
    }
  }
  return target
}

@Injectable()
export class SettingsService {
  /** Settings per workspace, loaded once per process and patched in place. */
  private readonly cache = new Map<string, JsonObject>()

  constructor(@InjectRepository(WorkspaceSettings) private readonly repo: Repository<WorkspaceSettings>) {}

  async get(workspaceId: string): Promise<JsonObject> {
    const cached = this.cache.get(workspaceId)
    if (cached) return cached
    const row = await this.repo.findOne({ where: { workspaceId } })
    if (!row) throw new NotFoundException('workspace not found')
    this.cache.set(workspaceId, row.values)
    return row.values
  }

  async patch(workspaceId: string, body: JsonObject): Promise<JsonObject> {
    const current = await this.get(workspaceId)
    applyMergePatch(current, body) // also: prototype-pollution
    await this.repo.update({ workspaceId }, { values: current })
    return current
  }

  async setNotifications(workspaceId: string, body: unknown): Promise<JsonObject> {
    const parsed = NotificationSchema.safeParse(body)
    if (!parsed.success) throw new BadRequestException(parsed.error.flatten())
    const current = await this.get(workspaceId)
    current.notifications = { ...(isObject(current.notifications) ? current.notifications : {}), ...parsed.data } // ok: prototype-pollution
    await this.repo.update({ workspaceId }, { values: current })
    return current
  }

  async setFeature(workspaceId: string, feature: string, enabled: boolean): Promise<JsonObject> {
    const current = await this.get(workspaceId)
    const features = isObject(current.features) ? current.features : {}
    if (!Object.prototype.hasOwnProperty.call(features, feature)) throw new BadRequestException(`unknown feature ${feature}`)
    features[feature] = enabled // ok: prototype-pollution
    current.features = features
    await this.repo.update({ workspaceId }, { values: current })
    return current
  }
}
