import type { StreamRef } from './key-streams'

/** Messages a socket may send at once before it has to slow down. */
export const MESSAGE_BURST = 10
/** Sustained message rate a socket may keep up; pings are answered by the runtime and are free. */
export const MESSAGES_PER_MINUTE = 20

const REFILL_PER_MS = MESSAGES_PER_MINUTE / 60_000

/** A token bucket: `tokens` as of `at` (epoch ms). */
export interface MessageBucket {
  tokens: number
  at: number
}

/**
 * What a room remembers about a socket. It lives in the socket's attachment rather than in
 * object memory, so it survives hibernation and eviction along with the socket itself.
 */
export interface SocketAttachment extends StreamRef {
  bucket: MessageBucket
}

export function fullBucket(now: number): MessageBucket {
  return { tokens: MESSAGE_BURST, at: now }
}

/** Refills the bucket for the time passed and takes one token if there is one. */
export function takeMessageToken(bucket: MessageBucket, now: number): { allowed: boolean; bucket: MessageBucket } {
  const elapsed = Math.max(0, now - bucket.at)
  const tokens = Math.min(MESSAGE_BURST, bucket.tokens + elapsed * REFILL_PER_MS)
  if (tokens < 1) return { allowed: false, bucket: { tokens, at: now } }
  return { allowed: true, bucket: { tokens: tokens - 1, at: now } }
}

/** The attachment of a socket accepted by this code, or undefined for anything else. */
export function readAttachment(ws: WebSocket): SocketAttachment | undefined {
  const value = ws.deserializeAttachment() as Partial<SocketAttachment> | null
  if (!value || typeof value.keyId !== 'string' || typeof value.token !== 'string' || !value.bucket) return undefined
  return value as SocketAttachment
}
