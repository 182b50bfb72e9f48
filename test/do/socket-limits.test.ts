import { evictDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { MESSAGE_BURST, MESSAGES_PER_MINUTE, takeMessageToken } from '../../src/do/socket-limits'
import { createTenantKey, openEvents, submit, type EventSocket } from '../helpers'

const room = (id: string) => env.CHANGESET_ROOM.getByName(id)
const SNAPSHOT = JSON.stringify({ type: 'snapshot' })

/** The socket's close, or 'open' if it is still open after `ms`. */
function closedWithin(socket: EventSocket, ms: number) {
  return Promise.race([socket.closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))])
}

const snapshots = (socket: EventSocket) => socket.messages.filter((m) => m.type === 'snapshot').length

describe('message limits per socket', () => {
  it('closes a socket that floods the room with snapshot requests (1008), after at most the burst', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'snapshot')
    for (let i = 0; i < 3000; i++) socket.ws.send(SNAPSHOT)
    expect(await closedWithin(socket, 5000)).toEqual({ code: 1008, reason: 'too many messages' })
    // One snapshot on connect, then at most one per token: D1 was read a bounded number of times.
    expect(snapshots(socket)).toBeLessThanOrEqual(1 + MESSAGE_BURST)
  }, 15_000)

  it('keeps the budget in the socket attachment, so eviction does not reset it', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'snapshot')
    for (let i = 0; i < MESSAGE_BURST; i++) socket.ws.send(SNAPSHOT)
    await socket.waitFor(() => snapshots(socket) === 1 + MESSAGE_BURST)

    await evictDurableObject(room(id))

    socket.ws.send(SNAPSHOT)
    expect(await closedWithin(socket, 5000)).toEqual({ code: 1008, reason: 'too many messages' })
  }, 15_000)

  it('leaves well-behaved sockets alone: heartbeats are free, and other sockets keep streaming', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const calm = await openEvents(id, { key })
    const noisy = await openEvents(id, { key })
    await Promise.all([calm, noisy].map((s) => s.waitFor((m) => m.type === 'snapshot')))

    for (let i = 0; i < 100; i++) calm.ws.send(JSON.stringify({ type: 'ping' }))
    for (let i = 0; i < 3; i++) calm.ws.send(SNAPSHOT)
    await calm.waitFor(() => calm.messages.filter((m) => m.type === 'pong').length === 100 && snapshots(calm) === 4)

    for (let i = 0; i < 2 * MESSAGE_BURST; i++) noisy.ws.send(SNAPSHOT)
    expect(await closedWithin(noisy, 5000)).toMatchObject({ code: 1008 })

    const seq = await room(id).publish(id, { type: 'warning', revision: 1, message: 'still here' })
    expect(await calm.waitFor((m) => m.seq === seq)).toMatchObject({ type: 'warning' })
    expect(await closedWithin(calm, 100)).toBe('open')
    calm.ws.close(1000)
  }, 15_000)
})

describe('takeMessageToken', () => {
  const refillMs = 60_000 / MESSAGES_PER_MINUTE
  const cases: Array<{ name: string; tokens: number; elapsedMs: number; allowed: boolean; left: number }> = [
    { name: 'a full bucket allows', tokens: MESSAGE_BURST, elapsedMs: 0, allowed: true, left: MESSAGE_BURST - 1 },
    { name: 'an empty bucket refuses', tokens: 0, elapsedMs: 0, allowed: false, left: 0 },
    { name: 'refuses just before a token has refilled', tokens: 0, elapsedMs: refillMs - 1, allowed: false, left: (refillMs - 1) / refillMs },
    { name: 'allows once a token has refilled', tokens: 0, elapsedMs: refillMs, allowed: true, left: 0 },
    { name: 'never refills past the burst', tokens: 0, elapsedMs: 3_600_000, allowed: true, left: MESSAGE_BURST - 1 },
    { name: 'a clock that went back refills nothing', tokens: 0.5, elapsedMs: -5_000, allowed: false, left: 0.5 },
  ]
  for (const c of cases) {
    it(c.name, ({ expect }) => {
      const now = 1_000_000
      const result = takeMessageToken({ tokens: c.tokens, at: now - c.elapsedMs }, now)
      expect(result.allowed).toBe(c.allowed)
      expect(result.bucket.tokens).toBeCloseTo(c.left, 6)
      expect(result.bucket.at).toBe(now)
    })
  }
})
