// corpus: path=src/notifications/notifications.service.ts
import { Injectable, Logger } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository } from 'typeorm'

import { Notification } from './notification.entity'
import { PushGateway } from './push.gateway'

@Injectable()
export class NotificationsService {
  private readonly log = new Logger(NotificationsService.name)

  constructor(
    @InjectRepository(Notification) private readonly repo: Repository<Notification>,
    private readonly push: PushGateway,
  ) {}

  private async deliver(n: Notification): Promise<void> {
    await this.push.send(n.userId, { title: n.title, body: n.body })
    await this.repo.update(n.id, { deliveredAt: new Date() })
  }

  async create(userId: string, title: string, body: string): Promise<Notification> {
    const n = await this.repo.save(this.repo.create({ userId, title, body }))
    this.deliver(n) // expect: missing-await
    return n
  }

  async createV2(userId: string, title: string, body: string): Promise<Notification> {
    const n = await this.repo.save(this.repo.create({ userId, title, body }))
    await this.deliver(n) // ok: missing-await
    return n
  }

  async retryFailed(): Promise<number> {
    const failed = await this.repo.find({ where: { deliveredAt: undefined } })
    for (const n of failed) {
      try {
        await this.deliver(n)
      } catch (err) {
        this.log.warn(`delivery ${n.id} failed again: ${String(err)}`)
      }
    }
    return failed.length
  }

  async markAllRead(userId: string): Promise<void> {
    this.repo.update({ userId }, { readAt: new Date() }) // expect: missing-await
  }

  onModuleInit(): void {
    this.retryFailed().catch((err) => this.log.error(String(err))) // ok: missing-await
  }
}
