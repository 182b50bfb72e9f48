import { DurableObject } from 'cloudflare:workers'

/** An open event stream as its key's registry knows it. */
export interface StreamRef {
  keyId: string
  /** Issued by `KeyStreams.register`; names this one stream in the registry. */
  token: string
}

/**
 * One per API key: which changeset rooms hold event streams opened with the key, so revoking it
 * hangs them all up at once instead of leaving them to run. Rooms register a stream before they
 * accept it and release it when it ends. A revoked key's registry refuses every later
 * registration, which also catches a stream whose key check passed just before the revocation.
 */
export class KeyStreams extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    ctx.storage.sql.exec(`CREATE TABLE IF NOT EXISTS streams (token TEXT PRIMARY KEY, room TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS streams_room_idx ON streams (room);
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`)
  }

  /** Files a stream that `room` is about to accept. Null once the key is revoked. */
  register(room: string): string | null {
    if (this.isRevoked()) return null
    const token = crypto.randomUUID()
    this.ctx.storage.sql.exec(`INSERT INTO streams (token, room) VALUES (?, ?)`, token, room)
    return token
  }

  /** The stream ended. Unknown tokens are ignored: release may arrive twice or after a revocation. */
  release(token: string): void {
    this.ctx.storage.sql.exec(`DELETE FROM streams WHERE token = ?`, token)
  }

  /**
   * Refuses new streams for good, then has every room holding one close it. Throws when a room
   * could not be reached; calling again retries just those rooms. Returns the streams closed.
   */
  async revoke(keyId: string): Promise<number> {
    // Marked and listed in one synchronous step: a registration either came before (and is
    // listed) or comes after (and is refused).
    this.ctx.storage.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('revoked', ?)`, new Date().toISOString())
    const rooms = this.ctx.storage.sql
      .exec<{ room: string }>(`SELECT DISTINCT room FROM streams`)
      .toArray()
      .map((row) => row.room)
    const results = await Promise.allSettled(rooms.map((room) => this.env.CHANGESET_ROOM.getByName(room).closeKey(keyId)))
    let closed = 0
    let unreachable = 0
    results.forEach((result, i) => {
      if (result.status === 'rejected') return void unreachable++
      closed += result.value
      this.ctx.storage.sql.exec(`DELETE FROM streams WHERE room = ?`, rooms[i]!)
    })
    if (unreachable > 0) throw new Error(`${unreachable} of ${rooms.length} rooms could not be reached`)
    return closed
  }

  private isRevoked(): boolean {
    return this.ctx.storage.sql.exec(`SELECT 1 FROM meta WHERE key = 'revoked'`).toArray().length > 0
  }
}
