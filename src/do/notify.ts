import { findChangesetById } from '../db/changesets'
import { getDb } from '../db/client'
import { loadFindingCounts } from '../db/summary'
import { describeError, type Logger } from '../log'
import type { RoomEventInput } from './events'

/**
 * Tells a changeset's watchers what happened. D1 is the source of truth and already holds the
 * change, so a room that cannot be reached is logged and skipped: it never fails the caller.
 */
export async function notifyRoom(env: Env, changesetId: string, event: RoomEventInput, log: Logger): Promise<void> {
  try {
    await env.CHANGESET_ROOM.getByName(changesetId).publish(changesetId, event)
  } catch (err) {
    log.warn('room.publish_failed', { changeset_id: changesetId, event_type: event.type, error: describeError(err) })
  }
}

/**
 * Several events in order in one round trip to the room, arming its watchdog no later than
 * `watchAt` when given; logged and skipped like `notifyRoom`.
 */
export async function notifyRoomAll(env: Env, changesetId: string, events: RoomEventInput[], log: Logger, watchAt?: number): Promise<void> {
  if (events.length === 0 && watchAt === undefined) return
  try {
    await env.CHANGESET_ROOM.getByName(changesetId).publishAll(changesetId, events, watchAt)
  } catch (err) {
    log.warn('room.publish_failed', { changeset_id: changesetId, event_type: events.map((e) => e.type).join(','), error: describeError(err) })
  }
}

/**
 * Pushes a `findings` event with the counts and verdict as D1 has them now. Called after a
 * write that already committed (a review, a triage), so a failure here is logged, never thrown.
 */
export async function publishFindingCounts(env: Env, changesetId: string, revision: number, log: Logger): Promise<void> {
  try {
    const db = getDb(env.DB)
    const [counts, row] = await Promise.all([loadFindingCounts(db, changesetId), findChangesetById(db, changesetId)])
    await notifyRoom(
      env,
      changesetId,
      {
        type: 'findings',
        revision,
        total: counts.total,
        by_severity: counts.bySeverity,
        by_status: counts.byStatus,
        verdict: row?.verdict ?? null,
      },
      log,
    )
  } catch (err) {
    log.warn('room.findings_counts_failed', { changeset_id: changesetId, error: describeError(err) })
  }
}

/**
 * Arms the changeset's watchdog alarm so a lost queue message or a dead run is noticed, and
 * optionally announces an event (a new revision's `pending` status) in the same call.
 */
export async function watchChangeset(env: Env, changesetId: string, atMs: number, log: Logger, announce?: RoomEventInput): Promise<void> {
  try {
    await env.CHANGESET_ROOM.getByName(changesetId).watch(changesetId, atMs, announce)
  } catch (err) {
    log.warn('room.watch_failed', { changeset_id: changesetId, error: describeError(err) })
  }
}

/** Hangs up the changeset's watchers and wipes its room after the changeset is deleted. */
export async function closeRoom(env: Env, changesetId: string, log: Logger): Promise<void> {
  try {
    await env.CHANGESET_ROOM.getByName(changesetId).close('changeset deleted')
  } catch (err) {
    log.warn('room.close_failed', { changeset_id: changesetId, error: describeError(err) })
  }
}
