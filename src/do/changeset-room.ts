import { DurableObject } from 'cloudflare:workers'
import { findChangesetById } from '../db/changesets'
import { getDb } from '../db/client'
import { loadFindingCounts } from '../db/summary'
import { createLogger, describeError, type Logger } from '../log'
import { EventLog } from './event-log'
import { CLOSE_DELETED, CLOSE_POLICY, CLOSE_REVOKED, type RoomEvent, type RoomEventInput, type Snapshot } from './events'
import type { StreamRef } from './key-streams'
import { fullBucket, readAttachment, takeMessageToken, type SocketAttachment } from './socket-limits'
import { SseHub } from './sse-hub'

const PING = JSON.stringify({ type: 'ping' })
const PONG = JSON.stringify({ type: 'pong' })
const MAX_CLIENT_MESSAGE = 1024

/**
 * One per changeset: fans status events out to every watcher over hibernatable WebSockets (and
 * SSE), keeps a bounded, numbered event log in its SQLite storage so clients can resume, and
 * runs the changeset's recovery watchdog on an alarm. It caches nothing D1 owns: snapshots are
 * always read from D1.
 *
 * What the watchdog does about a stuck review is recovery's business, which sits above the room
 * (it publishes through it): the Worker's entry (src/index.ts) exports this class with
 * `checkStuck` filled in, as it wires `scheduled` to the sweep.
 */
export abstract class ChangesetRoomBase extends DurableObject<Env> {
  private readonly log: EventLog
  private readonly sse = new SseHub((stream) => void this.release(stream))
  /** Keys revoked while this object is awake: a stream still being opened with one is refused. */
  private readonly revokedKeys = new Set<string>()

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    this.log = new EventLog(ctx.storage)
    // Answered by the runtime without waking the object, so idle watchers cost nothing.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG))
  }

  /**
   * WebSocket upgrade or SSE stream; the Worker has already checked the caller may see this
   * changeset. The stream is filed under its API key first, so revoking the key reaches it.
   */
  override async fetch(request: Request): Promise<Response> {
    const changesetId = request.headers.get('x-changeset-id')
    const keyId = request.headers.get('x-key-id')
    if (!changesetId || !keyId) return new Response('missing changeset or key id', { status: 400 })
    this.log.remember(changesetId)
    const since = parseSince(new URL(request.url).searchParams.get('since') ?? request.headers.get('last-event-id'))

    let token: string | null
    try {
      token = await this.env.KEY_STREAMS.getByName(keyId).register(changesetId)
    } catch (err) {
      // Unfiled, the stream could outlive a revocation of its key: refuse it instead.
      const logger = createLogger({ component: 'room', changeset_id: changesetId })
      logger.error('room.register_failed', { key_id: keyId, error: describeError(err) })
      return new Response('stream registry unavailable', { status: 503 })
    }
    if (token === null) return new Response('api key revoked', { status: 401 })
    const stream: StreamRef = { keyId, token }

    // Computed after the D1 read and used in the same turn, so no event can slip between.
    const messages = await this.catchUp(changesetId, since)
    // `closeKey` may have run during the read, before this stream could be seen.
    if (messages === null || this.revokedKeys.has(keyId)) {
      await this.release(stream)
      return messages === null ? new Response('changeset not found', { status: 404 }) : new Response('api key revoked', { status: 401 })
    }
    if (request.headers.get('upgrade')?.toLowerCase() === 'websocket') {
      const pair = new WebSocketPair()
      const [client, server] = [pair[0], pair[1]]
      this.ctx.acceptWebSocket(server)
      server.serializeAttachment({ ...stream, bucket: fullBucket(Date.now()) } satisfies SocketAttachment)
      for (const message of messages) server.send(message)
      return new Response(null, { status: 101, webSocket: client })
    }
    return this.sse.connect(messages.map(toSseFrame), stream)
  }

  /** Appends an event to the log and pushes it to every watcher. Returns its `seq`. */
  async publish(changesetId: string, input: RoomEventInput): Promise<number> {
    this.log.remember(changesetId)
    const event = this.log.append(input)
    const data = JSON.stringify(event)
    for (const ws of this.ctx.getWebSockets()) trySend(ws, data)
    this.sse.broadcast(toSseFrame(data))
    return event.seq
  }

  /**
   * Several events in order, in one call (a run's `in_progress`, a review's last progress, counts
   * and status). `watchAt` also arms the watchdog no later than then: a run starting says so here,
   * so the watchdog that notices a dead run costs no round trip of its own.
   */
  async publishAll(changesetId: string, inputs: RoomEventInput[], watchAt?: number): Promise<void> {
    this.log.remember(changesetId)
    for (const input of inputs) await this.publish(changesetId, input)
    if (watchAt !== undefined) await this.armNoLaterThan(watchAt)
  }

  /**
   * Arms the watchdog alarm no later than `atMs`, and publishes `announce` (the `pending` status of
   * a revision) in the same call, so revising costs one round trip here.
   */
  async watch(changesetId: string, atMs: number, announce?: RoomEventInput): Promise<void> {
    this.log.remember(changesetId)
    if (announce) await this.publish(changesetId, announce)
    await this.armNoLaterThan(atMs)
  }

  private async armNoLaterThan(atMs: number): Promise<void> {
    const current = await this.ctx.storage.getAlarm()
    if (current === null || current > atMs) await this.ctx.storage.setAlarm(atMs)
  }

  /** The changeset was deleted: say so, hang up on everyone and forget everything. */
  async close(reason = 'changeset deleted'): Promise<void> {
    const released: Array<Promise<void>> = []
    for (const ws of this.ctx.getWebSockets()) {
      const attachment = readAttachment(ws)
      if (attachment) released.push(this.release(attachment))
      closeQuietly(ws, CLOSE_DELETED, reason)
    }
    this.sse.closeAll(closedFrame(reason))
    await Promise.all(released)
    await this.ctx.storage.deleteAlarm()
    await this.ctx.storage.deleteAll()
    this.log.reset()
  }

  /**
   * The key was revoked (called by its `KeyStreams`): hang up every stream opened with it here,
   * and refuse any still being opened. Returns how many were closed.
   */
  async closeKey(keyId: string): Promise<number> {
    this.revokedKeys.add(keyId)
    let closed = 0
    for (const ws of this.ctx.getWebSockets()) {
      if (readAttachment(ws)?.keyId !== keyId) continue
      closeQuietly(ws, CLOSE_REVOKED, 'api key revoked')
      closed++
    }
    return closed + this.sse.closeKey(keyId, closedFrame('api key revoked'))
  }

  /** The watchdog's look at the changeset: when to look again (epoch ms), or undefined when there is no need. */
  protected abstract checkStuck(changesetId: string, log: Logger): Promise<number | undefined>

  override async alarm(): Promise<void> {
    const changesetId = this.log.changesetId()
    if (!changesetId) return
    const logger = createLogger({ component: 'watchdog', changeset_id: changesetId })
    try {
      const checkAgainAt = await this.checkStuck(changesetId, logger)
      if (checkAgainAt !== undefined) await this.ctx.storage.setAlarm(checkAgainAt)
    } catch (err) {
      // D1 or the queue is down: look again soon rather than give up on the changeset.
      logger.error('watchdog.check_failed', { error: describeError(err) })
      await this.ctx.storage.setAlarm(Date.now() + 15_000)
    }
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    // Charged before anything is awaited, so messages arriving meanwhile see the same bucket.
    const attachment = readAttachment(ws)
    if (!attachment) return closeQuietly(ws, 1011, 'stream state lost; reconnect')
    const { allowed, bucket } = takeMessageToken(attachment.bucket, Date.now())
    ws.serializeAttachment({ ...attachment, bucket } satisfies SocketAttachment)
    if (!allowed) {
      closeQuietly(ws, CLOSE_POLICY, 'too many messages')
      return this.release(attachment)
    }
    if (typeof message !== 'string' || message.length > MAX_CLIENT_MESSAGE) {
      return trySend(ws, JSON.stringify({ type: 'error', message: 'messages must be JSON text under 1 KB' }))
    }
    let request: { type?: unknown; since?: unknown }
    try {
      request = JSON.parse(message)
    } catch {
      return trySend(ws, JSON.stringify({ type: 'error', message: 'messages must be JSON' }))
    }
    const changesetId = this.log.changesetId()
    if (!changesetId) return
    if (request.type === 'resume' || request.type === 'snapshot') {
      const since = request.type === 'resume' ? parseSince(String(request.since ?? '')) : undefined
      if (request.type === 'resume' && since === undefined) {
        return trySend(ws, JSON.stringify({ type: 'error', message: '`since` must be a non-negative integer' }))
      }
      const messages = await this.catchUp(changesetId, since)
      if (messages === null) return ws.close(CLOSE_DELETED, 'changeset deleted')
      for (const m of messages) trySend(ws, m)
      return
    }
    trySend(ws, JSON.stringify({ type: 'error', message: 'unknown message type; send `resume`, `snapshot` or `ping`' }))
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    closeQuietly(ws, code === 1005 || code === 1006 ? 1000 : code, reason)
    const attachment = readAttachment(ws)
    if (attachment) await this.release(attachment)
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    closeQuietly(ws, 1011, 'socket error')
    const attachment = readAttachment(ws)
    if (attachment) await this.release(attachment)
  }

  /**
   * Takes an ended stream off its key's registry. A release that fails leaves a stale entry,
   * whose only cost is one idle `closeKey` call if the key is ever revoked.
   */
  private async release(stream: StreamRef): Promise<void> {
    try {
      await this.env.KEY_STREAMS.getByName(stream.keyId).release(stream.token)
    } catch (err) {
      createLogger({ component: 'room' }).warn('room.release_failed', { key_id: stream.keyId, error: describeError(err) })
    }
  }

  /**
   * Messages that bring a client up to date: exactly the logged events after `since` when the
   * log still has them all; otherwise a snapshot from D1 (stamped with the last seq seen before
   * reading it) followed by whatever was logged meanwhile. `null` when the changeset is gone.
   */
  private async catchUp(changesetId: string, since: number | undefined): Promise<string[] | null> {
    if (since !== undefined && this.log.canResume(since)) return this.log.after(since)
    const seqBefore = this.log.lastSeq()
    const snapshot = await this.snapshot(changesetId)
    if (snapshot === null) return null
    snapshot.seq = seqBefore
    return [JSON.stringify(snapshot), ...this.log.after(seqBefore)]
  }

  /** The changeset as D1 has it now, or null if it no longer exists. */
  private async snapshot(changesetId: string): Promise<Snapshot | null> {
    const db = getDb(this.env.DB)
    const [row, counts] = await Promise.all([findChangesetById(db, changesetId), loadFindingCounts(db, changesetId)])
    if (!row) return null
    return {
      type: 'snapshot',
      seq: 0,
      at: new Date().toISOString(),
      changeset_id: changesetId,
      status: row.status,
      revision: row.revision,
      error: row.status === 'failed' ? row.lastError : null,
      verdict: row.verdict,
      progress: row.status === 'in_progress' ? this.log.progress(row.revision) : null,
      findings: { total: counts.total, by_severity: counts.bySeverity, by_status: counts.byStatus },
    }
  }
}

function parseSince(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || !/^\d{1,15}$/.test(raw)) return undefined
  return Number(raw)
}

function closeQuietly(ws: WebSocket, code: number, reason: string): void {
  try {
    ws.close(code, reason)
  } catch {
    // already closing, or the peer is gone
  }
}

function closedFrame(reason: string): string {
  return `event: closed\ndata: ${JSON.stringify({ type: 'closed', reason })}\n\n`
}

function trySend(ws: WebSocket, data: string): void {
  try {
    ws.send(data)
  } catch {
    // A socket that closed mid-broadcast must not stop the others from hearing.
  }
}

function toSseFrame(data: string): string {
  const event = JSON.parse(data) as RoomEvent | Snapshot
  return `id: ${event.seq}\nevent: ${event.type}\ndata: ${data}\n\n`
}
