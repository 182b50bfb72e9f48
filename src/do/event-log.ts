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
  /** What storage holds, kept in memory: this object is the log's only writer, so they cannot drift. */
  private knownChangesetId: string | undefined
  private lastSeqSeen: number | undefined

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
    this.knownChangesetId = undefined
    this.lastSeqSeen = undefined
  }

  remember(changesetId: string): void {
    if (this.changesetId() === changesetId) return
    this.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('changeset_id', ?)`, changesetId)
    this.knownChangesetId = changesetId
  }

  changesetId(): string | undefined {
    this.knownChangesetId ??= this.meta('changeset_id')
    return this.knownChangesetId
  }

  /** One insert per event (two for progress); the trim runs only once the log can be full. */
  append(input: RoomEventInput): RoomEvent {
    const at = new Date().toISOString()
    // Numbered from the last seq ever used (sqlite_sequence remembers it after trims), so a seq is never reused.
    const seq = this.lastSeq() + 1
    const event = { ...input, seq, at } as RoomEvent
    this.sql.exec(`INSERT INTO events (seq, type, data) VALUES (?, ?, ?)`, seq, input.type, JSON.stringify(event))
    this.lastSeqSeen = seq
    if (seq > LOG_CAPACITY) this.sql.exec(`DELETE FROM events WHERE seq <= ?`, seq - LOG_CAPACITY)
    if (input.type === 'progress') {
      this.sql.exec(
        `INSERT OR REPLACE INTO meta (key, value) VALUES ('progress', ?)`,
        JSON.stringify({ revision: input.revision, files_done: input.files_done, files_total: input.files_total }),
      )
    }
    return event
  }

  lastSeq(): number {
    if (this.lastSeqSeen === undefined) {
      const row = this.sql.exec<{ seq: number | null }>(`SELECT max(seq) AS seq FROM events`).one()
      this.lastSeqSeen = row.seq ?? this.sequenceFloor()
    }
    return this.lastSeqSeen
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
