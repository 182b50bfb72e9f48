import type { RoomEvent, RoomEventInput } from './events'

/** Events kept for resuming clients; older ones are dropped and a resume across the gap gets a snapshot. */
export const LOG_CAPACITY = 1000

/**
 * The room's numbered event log, in the Durable Object's own SQLite storage so it survives
 * eviction and restarts. SQLite calls here are synchronous, which is what lets the room accept
 * a socket and replay to it without another event slipping in between.
 */
export class EventLog {
  private ready = false

  constructor(private readonly storage: DurableObjectStorage) {}

  private get sql() {
    if (!this.ready) {
      this.storage.sql.exec(`CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`)
      this.ready = true
    }
    return this.storage.sql
  }

  /** Storage was wiped (deleteAll): recreate tables on next use. */
  reset(): void {
    this.ready = false
  }

  remember(changesetId: string): void {
    if (this.changesetId() === changesetId) return
    this.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('changeset_id', ?)`, changesetId)
  }

  changesetId(): string | undefined {
    return this.meta('changeset_id')
  }

  append(input: RoomEventInput): RoomEvent {
    const at = new Date().toISOString()
    // AUTOINCREMENT never reuses a seq, even after old rows are trimmed.
    const row = this.sql
      .exec<{ seq: number }>(`INSERT INTO events (type, data) VALUES (?, '') RETURNING seq`, input.type)
      .one()
    const event = { ...input, seq: row.seq, at } as RoomEvent
    this.sql.exec(`UPDATE events SET data = ? WHERE seq = ?`, JSON.stringify(event), row.seq)
    this.sql.exec(`DELETE FROM events WHERE seq <= ?`, row.seq - LOG_CAPACITY)
    if (input.type === 'progress') {
      this.sql.exec(
        `INSERT OR REPLACE INTO meta (key, value) VALUES ('progress', ?)`,
        JSON.stringify({ revision: input.revision, files_done: input.files_done, files_total: input.files_total }),
      )
    }
    return event
  }

  lastSeq(): number {
    const row = this.sql.exec<{ seq: number | null }>(`SELECT max(seq) AS seq FROM events`).one()
    return row.seq ?? this.sequenceFloor()
  }

  /** Whether every event after `since` is still in the log. */
  canResume(since: number): boolean {
    const last = this.lastSeq()
    if (since > last) return false
    if (since === last) return true
    const oldest = this.sql.exec<{ seq: number | null }>(`SELECT min(seq) AS seq FROM events`).one().seq
    return oldest !== null && oldest <= since + 1
  }

  /** Serialized events with seq > `since`, oldest first. */
  after(since: number): string[] {
    return this.sql
      .exec<{ data: string }>(`SELECT data FROM events WHERE seq > ? ORDER BY seq`, since)
      .toArray()
      .map((row) => row.data)
  }

  progress(revision: number): { files_done: number; files_total: number } | null {
    const raw = this.meta('progress')
    if (!raw) return null
    const value = JSON.parse(raw) as { revision: number; files_done: number; files_total: number }
    return value.revision === revision ? { files_done: value.files_done, files_total: value.files_total } : null
  }

  private meta(key: string): string | undefined {
    return this.sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, key).toArray()[0]?.value
  }

  /** With every event trimmed, the sequence still remembers where it got to. */
  private sequenceFloor(): number {
    const row = this.sql
      .exec<{ seq: number }>(`SELECT seq FROM sqlite_sequence WHERE name = 'events'`)
      .toArray()[0]
    return row?.seq ?? 0
  }
}
