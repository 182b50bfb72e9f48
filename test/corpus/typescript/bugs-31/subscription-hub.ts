// corpus: path=src/realtime/subscription-hub.ts
import type { WebSocket } from 'ws'
import { logger } from '../logger'

interface Subscription {
  id: string
  socket: WebSocket
  topics: Set<string>
  lastPong: number
}

const PING_TIMEOUT_MS = 45_000

export class SubscriptionHub {
  private subs: Subscription[] = []
  private byTopic = new Map<string, Set<string>>()
  private pendingAcks: string[] = []

  add(sub: Subscription): void {
    this.subs.push(sub)
    for (const topic of sub.topics) {
      if (!this.byTopic.has(topic)) this.byTopic.set(topic, new Set())
      this.byTopic.get(topic)!.add(sub.id)
    }
  }

  dropDead(now: number = Date.now()): number {
    let dropped = 0
    for (const sub of this.subs) {
      if (now - sub.lastPong > PING_TIMEOUT_MS) {
        sub.socket.terminate()
        this.subs.splice(this.subs.indexOf(sub), 1) // expect: mutate-while-iterating
        dropped++
      }
    }
    return dropped
  }

  dropDeadV2(now: number = Date.now()): number {
    const before = this.subs.length
    this.subs = this.subs.filter((sub) => {
      if (now - sub.lastPong <= PING_TIMEOUT_MS) return true
      sub.socket.terminate()
      return false
    })
    return before - this.subs.length
  }

  unsubscribeAll(id: string): void {
    for (const [topic, ids] of this.byTopic) {
      ids.delete(id)
      if (ids.size === 0) this.byTopic.delete(topic) // ok: mutate-while-iterating
    }
  }

  broadcast(topic: string, payload: unknown): void {
    const ids = this.byTopic.get(topic)
    if (!ids) return
    const message = JSON.stringify({ topic, payload })
    for (const sub of this.subs) {
      if (ids.has(sub.id)) sub.socket.send(message)
    }
  }

  flushAcks(send: (id: string) => boolean): void {
    const queue = this.pendingAcks
    for (const id of queue) {
      if (send(id)) this.pendingAcks.splice(this.pendingAcks.indexOf(id), 1) // expect: mutate-while-iterating
    }
  }

  flushAcksV2(send: (id: string) => boolean): void {
    this.pendingAcks = this.pendingAcks.filter((id) => !send(id))
  }

  closeAll(): void {
    for (const sub of [...this.subs]) {
      sub.socket.close(1001, 'server shutting down')
      this.subs.splice(this.subs.indexOf(sub), 1) // ok: mutate-while-iterating
    }
    this.byTopic.clear()
    logger.info('all subscriptions closed')
  }
}
