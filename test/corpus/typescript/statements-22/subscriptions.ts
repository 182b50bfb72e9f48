// corpus: path=src/realtime/subscriptions.ts
import type { WebSocket } from 'ws'

export interface Subscriber {
  id: string
  socket: WebSocket
  topics: Set<string>
  lastSeen: number
}

const IDLE_MS = 60_000

export class SubscriptionHub {
  private readonly subscribers: Subscriber[] = []
  private readonly byTopic = new Map<string, Set<Subscriber>>()

  add(sub: Subscriber): void {
    this.subscribers.push(sub)
    for (const topic of sub.topics) {
      let set = this.byTopic.get(topic)
      if (!set) {
        set = new Set()
        this.byTopic.set(topic, set) // ok: mutate-while-iterating
      }
      set.add(sub)
    }
  }

  publish(topic: string, message: unknown): number {
    const subs = this.byTopic.get(topic)
    if (!subs) return 0
    const frame = JSON.stringify({ topic, message })
    let sent = 0
    for (const sub of subs) {
      if (sub.socket.readyState !== 1) {
        subs.delete(sub) // ok: mutate-while-iterating
        continue
      }
      sub.socket.send(frame)
      sent++
    }
    return sent
  }

  sweep(now = Date.now()): void {
    for (const sub of this.subscribers) {
      if (now - sub.lastSeen > IDLE_MS) {
        sub.socket.close(4000, 'idle')
        this.subscribers.splice(this.subscribers.indexOf(sub), 1) // expect: mutate-while-iterating
      }
    }
  }

  sweepV2(now = Date.now()): void {
    const idle = this.subscribers.filter((sub) => now - sub.lastSeen > IDLE_MS)
    for (const sub of idle) {
      sub.socket.close(4000, 'idle')
      this.subscribers.splice(this.subscribers.indexOf(sub), 1) // ok: mutate-while-iterating
    }
  }

  dropTopic(topic: string): void {
    for (const sub of this.subscribers) sub.topics.delete(topic)
    this.byTopic.delete(topic)
  }

  pruneEmptyTopics(): void {
    this.byTopic.forEach((subs, topic) => {
      if (subs.size === 0) this.byTopic.delete(topic) // ok: mutate-while-iterating
    })
  }

  disconnectAll(reason: string): void {
    this.subscribers.forEach((sub, i) => {
      sub.socket.close(1001, reason)
      this.subscribers.splice(i, 1) // expect: mutate-while-iterating
    })
  }

  disconnectAllV2(reason: string): void {
    for (const sub of this.subscribers.splice(0)) sub.socket.close(1001, reason)
  }
}
