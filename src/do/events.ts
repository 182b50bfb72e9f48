import type { ChangesetStatus, Verdict } from '../db/schema'

/** What publishers send; the room stamps `seq` and `at`. */
export type RoomEventInput =
  | { type: 'status'; status: ChangesetStatus; revision: number; error?: string | null }
  | {
      type: 'progress'
      revision: number
      /** `rules`: the rule engine, counting files; `ai`: the AI reviewer, counting chunks. */
      phase: 'rules' | 'ai'
      files_done: number
      files_total: number
      chunks_done?: number
      chunks_total?: number
    }
  | {
      type: 'findings'
      revision: number
      total: number
      by_severity: Record<string, number>
      by_status: Record<string, number>
      verdict: Verdict | null
    }
  | { type: 'warning'; revision: number; message: string }

export type RoomEvent = RoomEventInput & { seq: number; at: string }

export interface Snapshot {
  type: 'snapshot'
  /** The last event already reflected here; resume with `since` = this. */
  seq: number
  at: string
  changeset_id: string
  status: ChangesetStatus
  revision: number
  error: string | null
  verdict: Verdict | null
  progress: { files_done: number; files_total: number } | null
  findings: { total: number; by_severity: Record<string, number>; by_status: Record<string, number> }
}

/** Close code sent when the changeset is deleted; 4000–4999 are application codes. */
export const CLOSE_DELETED = 4404

/** Close code when the API key the stream was opened with is revoked (as HTTP 401). */
export const CLOSE_REVOKED = 4401

/** Close code for a socket that broke the message limits (RFC 6455 "policy violation"). */
export const CLOSE_POLICY = 1008
