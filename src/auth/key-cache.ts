import type { ApiKeyRow } from '../db/schema'

/**
 * Verified API keys, per isolate, for a short TTL: a key used again within the TTL skips its D1
 * lookup. Only live keys are kept (an unknown or revoked key is looked up every time, so a new key
 * works at once), and the revoke route forgets the key here, so in the isolate that revoked it the
 * revocation is immediate; elsewhere it takes effect within the TTL. Event streams do not wait for
 * it: revocation closes them and their registry refuses new ones, and tickets re-check D1.
 */
export interface CachedKey {
  key: ApiKeyRow
  expiresAt: number
  /** When this isolate last recorded the key's use (`last_used_at`), epoch ms. */
  touchedAt: number
}

/** Enough for every key an isolate serves in practice; past it the oldest entry goes first. */
const MAX_ENTRIES = 1000
const entries = new Map<string, CachedKey>()

export function getCachedKey(hash: string, now: number): CachedKey | undefined {
  const hit = entries.get(hash)
  if (!hit) return undefined
  if (hit.expiresAt <= now) {
    entries.delete(hash)
    return undefined
  }
  return hit
}

export function cacheKey(hash: string, key: ApiKeyRow, ttlMs: number, now: number): CachedKey {
  const entry = { key, expiresAt: now + ttlMs, touchedAt: 0 }
  if (ttlMs <= 0) return entry
  entries.delete(hash)
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  entries.set(hash, entry)
  return entry
}

/** Drops a key from this isolate's cache (revocation). */
export function forgetKey(hash: string): void {
  entries.delete(hash)
}

const DEFAULT_TTL_SECONDS = 30
const MAX_TTL_SECONDS = 300

/** `API_KEY_CACHE_SECONDS`: 0 turns the cache off; a malformed value keeps the default. */
export function keyCacheTtlMs(env: { API_KEY_CACHE_SECONDS?: string }): number {
  const raw = env.API_KEY_CACHE_SECONDS
  const seconds = raw === undefined || raw === '' ? DEFAULT_TTL_SECONDS : Number(raw)
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_TTL_SECONDS) return DEFAULT_TTL_SECONDS * 1000
  return seconds * 1000
}
