import { evictDurableObject, listDurableObjectIds, runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { LOG_CAPACITY } from '../../src/do/event-log'
import { api, createTenantKey, openEvents, postJson, submit, waitForStatus, type EventSocket } from '../helpers'

const room = (id: string) => env.CHANGESET_ROOM.getByName(id)

async function publishStatuses(id: string, count: number) {
  const seqs: number[] = []
  for (let i = 0; i < count; i++) {
    seqs.push(await room(id).publish(id, { type: 'progress', revision: 1, phase: 'rules', files_done: i, files_total: count }))
  }
  return seqs
}

function eventsAfterSnapshot(socket: EventSocket) {
  return socket.messages.filter((m) => m.type !== 'snapshot')
}

describe('event stream protocol', () => {
  it('delivers every event of a review in order with no gaps', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'status' && m.status === 'reviewed')
    const [snapshot, ...events] = socket.messages
    expect(snapshot).toMatchObject({ type: 'snapshot', changeset_id: id })
    expect(events.length).toBeGreaterThan(0)
    events.forEach((event, i) => {
      expect(event.seq).toBe(snapshot!.seq + i + 1)
      expect(Date.parse(event.at)).not.toBeNaN()
    })
    const types = events.map((e) => (e.type === 'status' ? `status:${e.status}` : e.type))
    expect(types.at(-1)).toBe('status:reviewed')
    expect(types).toContain('findings')
    if (snapshot!.status === 'pending') {
      expect(types[0]).toBe('status:in_progress')
      expect(types).toContain('progress')
    }
    const last = events.at(-2)!
    expect(last).toMatchObject({ type: 'findings', revision: 1 })
    expect(last.by_severity).toBeDefined()
    socket.ws.close(1000)
  })

  it('announces pending on every revision, before the review starts; a new changeset starts at its run', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    await waitForStatus(key, id, 'reviewed')
    const socket = await openEvents(id, { key, query: '?since=0' })
    await socket.waitFor((m) => m.type === 'status' && m.status === 'reviewed')
    const statuses = (revision: number) =>
      eventsAfterSnapshot(socket)
        .filter((m) => m.type === 'status' && m.revision === revision)
        .map((m) => m.status)
    // Nobody can watch a changeset before its 202 names it: its `pending` is in the snapshot.
    expect(statuses(1)).toEqual(['in_progress', 'reviewed'])

    const res = await postJson(`/api/changesets/${id}/revisions`, key, { diff: 'diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -0,0 +1 @@\n+x = 1\n' })
    expect(res.status).toBe(202)
    await socket.waitFor((m) => m.type === 'status' && m.status === 'reviewed' && m.revision === 2)
    expect(statuses(2)).toEqual(['pending', 'in_progress', 'reviewed'])
    const firstOfRevision2 = eventsAfterSnapshot(socket).find((m) => m.revision === 2)
    expect(firstOfRevision2).toMatchObject({ type: 'status', status: 'pending' })
    socket.ws.close()
  })

  it('resumes with ?since and sends exactly the missed events', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    await waitForStatus(key, id, 'reviewed')
    const first = await openEvents(id, { key })
    const snapshot = await first.waitFor((m) => m.type === 'snapshot')
    first.ws.close(1000)
    const missed = await publishStatuses(id, 5)
    const again = await openEvents(id, { key, query: `?since=${snapshot.seq}` })
    await again.waitFor((m) => m.seq === missed.at(-1))
    expect(again.messages.map((m) => m.seq)).toEqual(missed)
    expect(again.messages.some((m) => m.type === 'snapshot')).toBe(false)

    const third = await openEvents(id, { key, query: `?since=${missed[2]}` })
    await third.waitFor((m) => m.seq === missed.at(-1))
    expect(third.messages.map((m) => m.seq)).toEqual(missed.slice(3))
    again.ws.close(1000)
    third.ws.close(1000)
  })

  it('resumes with a {"type":"resume"} message too', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    await waitForStatus(key, id, 'reviewed')
    const socket = await openEvents(id, { key })
    const snapshot = await socket.waitFor((m) => m.type === 'snapshot')
    const published = await publishStatuses(id, 3)
    await socket.waitFor((m) => m.seq === published.at(-1))
    socket.ws.send(JSON.stringify({ type: 'resume', since: published[0] }))
    await new Promise((r) => setTimeout(r, 100))
    const seqs = socket.messages.filter((m) => m.type !== 'snapshot').map((m) => m.seq)
    expect(seqs).toEqual([...published, ...published.slice(1)])
    expect(snapshot.seq).toBeLessThan(published[0]!)
    socket.ws.close(1000)
  })

  it('answers a resume across a trimmed gap with a fresh snapshot from D1', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    await waitForStatus(key, id, 'reviewed')
    const first = await openEvents(id, { key })
    const snapshot = await first.waitFor((m) => m.type === 'snapshot')
    first.ws.close(1000)
    await publishStatuses(id, LOG_CAPACITY + 5)
    const again = await openEvents(id, { key, query: `?since=${snapshot.seq}` })
    const fresh = await again.waitFor((m) => m.type === 'snapshot')
    expect(fresh).toMatchObject({ status: 'reviewed', changeset_id: id })
    expect(fresh.seq).toBeGreaterThanOrEqual(snapshot.seq + LOG_CAPACITY + 5)
    again.ws.close(1000)
  }, 60_000)

  it('keeps sockets and the log across eviction', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    await waitForStatus(key, id, 'reviewed')
    const socket = await openEvents(id, { key })
    const snapshot = await socket.waitFor((m) => m.type === 'snapshot')
    const before = await publishStatuses(id, 2)
    await socket.waitFor((m) => m.seq === before.at(-1))

    await evictDurableObject(room(id))

    const after = await publishStatuses(id, 2)
    expect(after[0]).toBe(before.at(-1)! + 1)
    await socket.waitFor((m) => m.seq === after.at(-1))
    expect(eventsAfterSnapshot(socket).map((m) => m.seq)).toEqual([...before, ...after])

    const resumed = await openEvents(id, { key, query: `?since=${snapshot.seq}` })
    await resumed.waitFor((m) => m.seq === after.at(-1))
    expect(resumed.messages.map((m) => m.seq)).toEqual([...before, ...after])
    socket.ws.close(1000)
    resumed.ws.close(1000)
  })

  it('answers heartbeats without waking the object', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'snapshot')
    socket.ws.send(JSON.stringify({ type: 'ping' }))
    expect(await socket.waitFor((m) => m.type === 'pong')).toEqual({ type: 'pong' })
    socket.ws.send('not json')
    expect(await socket.waitFor((m) => m.type === 'error')).toMatchObject({ message: 'messages must be JSON' })
    socket.ws.close(1000)
  })

  it('every one of 100 concurrent sockets receives the terminal event', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const sockets = await Promise.all(Array.from({ length: 100 }, () => openEvents(id, { key })))
    const terminal = await Promise.all(sockets.map((s) => s.waitFor((m) => (m.type === 'status' || m.type === 'snapshot') && m.status === 'reviewed')))
    expect(terminal).toHaveLength(100)
    const lastSeqs = new Set(terminal.map((m) => (m.type === 'status' ? m.seq : 'snapshot')))
    expect(lastSeqs.size).toBeLessThanOrEqual(2)
    for (const s of sockets) s.ws.close(1000)
  }, 30_000)

  it('closes sockets with 4404 when the changeset is deleted', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'snapshot')
    await room(id).close()
    expect(await socket.closed).toEqual({ code: 4404, reason: 'changeset deleted' })
  })
})

describe('server-sent events', () => {
  async function readSse(res: Response, until: (frames: Array<Record<string, any>>) => boolean) {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
    const frames: Array<Record<string, any>> = []
    let buffer = ''
    while (!until(frames)) {
      const { value, done } = await reader.read()
      if (done) break
      buffer += value
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = block.split('\n').find((l) => l.startsWith('data: '))
        const eventId = block.split('\n').find((l) => l.startsWith('id: '))
        if (data) frames.push({ ...JSON.parse(data.slice(6)), _id: eventId?.slice(4) })
      }
    }
    await reader.cancel()
    return frames
  }

  it('streams the same events with ids, and resumes from Last-Event-ID', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const res = await api(`/api/changesets/${id}/events`, { key, headers: { accept: 'text/event-stream' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const frames = await readSse(res, (f) => f.some((m) => m.type === 'snapshot' && m.status === 'reviewed') || f.some((m) => m.type === 'status' && m.status === 'reviewed'))
    expect(frames[0]!.type).toBe('snapshot')
    for (const frame of frames) expect(frame._id).toBe(String(frame.seq))

    const published = await publishStatuses(id, 2)
    const resumed = await api(`/api/changesets/${id}/events`, {
      key,
      headers: { accept: 'text/event-stream', 'last-event-id': String(published[0]) },
    })
    const missed = await readSse(resumed, (f) => f.length >= 1)
    expect(missed.map((m) => m.seq)).toEqual([published[1]])
  })
})

describe('refusals', () => {
  it('unknown changesets get 404 before any Durable Object exists', async ({ expect }) => {
    const key = await createTenantKey()
    const name = crypto.randomUUID()
    const res = await api(`/api/changesets/${name}/events`, { key, headers: { upgrade: 'websocket' } })
    expect(res.status).toBe(404)
    const expected = env.CHANGESET_ROOM.idFromName(name).toString()
    const ids = (await listDurableObjectIds(env.CHANGESET_ROOM)).map((i) => i.toString())
    expect(ids).not.toContain(expected)
  })

  it('a room never caches status: its snapshot comes from D1', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    await waitForStatus(key, id, 'reviewed')
    // A stale event in the log does not change what a new client is told.
    await room(id).publish(id, { type: 'status', status: 'in_progress', revision: 1 })
    const socket = await openEvents(id, { key })
    expect(await socket.waitFor((m) => m.type === 'snapshot')).toMatchObject({ status: 'reviewed' })
    const stored = await runInDurableObject(room(id), async (_instance, state) =>
      state.storage.sql.exec<{ n: number }>(`select count(*) as n from sqlite_master where name = 'changesets'`).one(),
    )
    expect(stored.n).toBe(0)
    socket.ws.close(1000)
  })
})
