import type { Logger } from '../log'
import { describeError } from '../log'
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
