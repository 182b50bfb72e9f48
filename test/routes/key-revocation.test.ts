import { runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { TICKET_TTL_SECONDS } from '../../src/auth/tickets'
import { api, createTenantKey, openEvents, submit, type EventSocket, type TestKey } from '../helpers'

const REVOKED = { code: 4401, reason: 'api key revoked' }

async function mintTicket(key: TestKey, changesetId: string): Promise<string> {
  const res = await api(`/api/changesets/${changesetId}/events/ticket`, { method: 'POST', key })
  if (res.status !== 201) throw new Error(`ticket failed: ${res.status} ${await res.text()}`)
  return encodeURIComponent((await res.json<{ ticket: string }>()).ticket)
}

async function revoke(admin: TestKey, key: TestKey): Promise<void> {
  const res = await api(`/api/keys/${key.keyId}`, { method: 'DELETE', key: admin })
  if (res.status !== 200) throw new Error(`revoke failed: ${res.status} ${await res.text()}`)
}

/** The socket's close, or 'open' if it is still open after `ms`. */
function closedWithin(socket: EventSocket, ms: number) {
  return Promise.race([socket.closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))])
}

/** Streams the key's registry still holds. */
function registeredStreams(key: TestKey): Promise<number> {
  return runInDurableObject(env.KEY_STREAMS.getByName(key.keyId), (_instance, state) =>
    state.storage.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM streams`).one().n,
  )
}

async function readSseUntilEnd(res: Response, ms: number): Promise<{ text: string; ended: boolean }> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let text = ''
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const next = await Promise.race([reader.read(), new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), deadline - Date.now()))])
    if (next === 'timeout') break
    if (next.done) return { text, ended: true }
    text += next.value
  }
  await reader.cancel()
  return { text, ended: false }
}

describe('revoking a key ends its event streams', () => {
  it(`closes its WebSockets in every room at once (4401), well within the ${TICKET_TTL_SECONDS} s ticket lifetime`, async ({ expect }) => {
    const admin = await createTenantKey()
    const reader = await createTenantKey(['read'], admin.tenantId)
    const [first, second] = [await submit(admin), await submit(admin)]
    const direct = await openEvents(first, { key: reader })
    const viaTicket = await openEvents(second, { query: `?ticket=${await mintTicket(reader, second)}` })
    const bystander = await openEvents(first, { key: admin })
    await Promise.all([direct, viaTicket, bystander].map((s) => s.waitFor((m) => m.type === 'snapshot')))

    const started = Date.now()
    await revoke(admin, reader)
    expect(await closedWithin(direct, 5000)).toEqual(REVOKED)
    expect(await closedWithin(viaTicket, 5000)).toEqual(REVOKED)
    expect(Date.now() - started).toBeLessThan(TICKET_TTL_SECONDS * 1000)
    expect(await registeredStreams(reader)).toBe(0)

    // Other keys' streams in the same room carry on.
    const seq = await env.CHANGESET_ROOM.getByName(first).publish(first, { type: 'warning', revision: 1, message: 'x' })
    expect(await bystander.waitFor((m) => m.seq === seq)).toMatchObject({ type: 'warning' })
    expect(await closedWithin(bystander, 50)).toBe('open')
    bystander.ws.close(1000)
  }, 15_000)

  it('ends its SSE streams with a `closed` event', async ({ expect }) => {
    const admin = await createTenantKey()
    const reader = await createTenantKey(['read'], admin.tenantId)
    const id = await submit(admin)
    const sse = await api(`/api/changesets/${id}/events`, { key: reader, headers: { accept: 'text/event-stream' } })
    expect(sse.status).toBe(200)
    const reading = readSseUntilEnd(sse, 5000)
    await new Promise((r) => setTimeout(r, 50))
    await revoke(admin, reader)
    const { text, ended } = await reading
    expect(ended).toBe(true)
    expect(text).toContain('event: closed')
    expect(text).toContain('"reason":"api key revoked"')
  }, 15_000)

  it('voids the tickets it minted: a ticket from before the revocation no longer opens a stream', async ({ expect }) => {
    const admin = await createTenantKey()
    const reader = await createTenantKey(['read'], admin.tenantId)
    const id = await submit(admin)
    const ticket = await mintTicket(reader, id)
    await revoke(admin, reader)
    for (const headers of [{ upgrade: 'websocket' }, { accept: 'text/event-stream' }] as Array<Record<string, string>>) {
      const res = await api(`/api/changesets/${id}/events?ticket=${ticket}`, { headers })
      expect(res.status).toBe(401)
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized', message: 'Invalid ticket: its API key has been revoked' } })
    }
  })

  it('refuses a stream still being opened when the revocation reaches its room', async ({ expect }) => {
    const admin = await createTenantKey()
    const reader = await createTenantKey(['read'], admin.tenantId)
    const id = await submit(admin)
    // The room has heard of the revocation; D1 (checked before the room) has not yet.
    await env.CHANGESET_ROOM.getByName(id).closeKey(reader.keyId)
    const res = await api(`/api/changesets/${id}/events`, { key: reader, headers: { upgrade: 'websocket' } })
    expect(res.status).toBe(401)
    expect(await registeredStreams(reader)).toBe(0)
  })

  it("once revoked, the key's registry refuses every new stream, whichever room asks", async ({ expect }) => {
    const admin = await createTenantKey()
    const reader = await createTenantKey(['read'], admin.tenantId)
    await revoke(admin, reader)
    expect(await env.KEY_STREAMS.getByName(reader.keyId).register(crypto.randomUUID())).toBeNull()
  })

  it('forgets streams that end, so a revocation only calls rooms that still hold one', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'snapshot')
    const sse = await api(`/api/changesets/${id}/events`, { key, headers: { accept: 'text/event-stream' } })
    expect(await registeredStreams(key)).toBe(2)
    socket.ws.close(1000)
    await socket.closed
    await sse.body!.cancel()
    for (let i = 0; i < 100 && (await registeredStreams(key)) > 0; i++) await new Promise((r) => setTimeout(r, 20))
    expect(await registeredStreams(key)).toBe(0)
  })

  it('revoking again is harmless and still answers with the key', async ({ expect }) => {
    const admin = await createTenantKey()
    const reader = await createTenantKey(['read'], admin.tenantId)
    await revoke(admin, reader)
    const again = await api(`/api/keys/${reader.keyId}`, { method: 'DELETE', key: admin })
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ id: reader.keyId, revoked_at: expect.any(String) })
  })
})
