// corpus: path=src/audit/audit-log.service.ts
import { Injectable } from '@nestjs/common'
import { InjectModel } from '@nestjs/mongoose'
import { FilterQuery, Model, Types } from 'mongoose'
import { AuditEntry, AuditEntryDocument } from './audit-entry.schema'

export interface AuditSearchParams {
  actor?: string
  action?: string
  text?: string
  from?: string
  to?: string
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

@Injectable()
export class AuditLogService {
  constructor(@InjectModel(AuditEntry.name) private readonly entries: Model<AuditEntryDocument>) {}

  async record(actorId: string, action: string, meta: Record<string, unknown> = {}) {
    await this.entries.create({ actor: new Types.ObjectId(actorId), action, meta, at: new Date() })
  }

  async search(params: AuditSearchParams) {
    const filter: FilterQuery<AuditEntryDocument> = {}
    if (params.actor) filter.actor = params.actor
    if (params.action) filter.action = params.action
    if (params.text) filter.message = { $regex: params.text, $options: 'i' }
    if (params.from || params.to) {
      filter.at = {}
      if (params.from) filter.at.$gte = new Date(params.from)
      if (params.to) filter.at.$lte = new Date(params.to)
    }
    return this.entries.find(filter).sort({ at: -1 }).limit(200).lean() // expect: regex-injection, nosql-injection
  }

  async searchSafe(params: AuditSearchParams) {
    const filter: FilterQuery<AuditEntryDocument> = {}
    if (typeof params.actor === 'string' && Types.ObjectId.isValid(params.actor)) filter.actor = new Types.ObjectId(params.actor)
    if (typeof params.action === 'string') filter.action = params.action
    if (typeof params.text === 'string') filter.message = { $regex: escapeRegex(params.text), $options: 'i' } // ok: regex-injection
    return this.entries.find(filter).sort({ at: -1 }).limit(200).lean() // ok: regex-injection, nosql-injection
  }

  async countByAction(since: Date) {
    return this.entries.aggregate([
      { $match: { at: { $gte: since } } },
      { $group: { _id: '$action', n: { $sum: 1 } } },
      { $sort: { n: -1 } },
    ])
  }
}
