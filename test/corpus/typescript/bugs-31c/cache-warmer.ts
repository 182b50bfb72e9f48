// corpus: path=src/cache/warmer.ts
import type { Redis } from 'ioredis'

import { fetchCatalog, fetchPrices } from '../upstream'

const TTL_SECONDS = 300

async function warmCatalog(redis: Redis): Promise<void> {
  const catalog = await fetchCatalog()
  await redis.set('catalog', JSON.stringify(catalog), 'EX', TTL_SECONDS)
}

async function warmPrices(redis: Redis): Promise<void> {
  const prices = await fetchPrices()
  await redis.set('prices', JSON.stringify(prices), 'EX', TTL_SECONDS)
}

export async function warmAll(redis: Redis): Promise<void> {
  warmCatalog(redis) // expect: missing-await
  await warmPrices(redis)
}

export async function warmAllV2(redis: Redis): Promise<void> {
  await Promise.all([warmCatalog(redis), warmPrices(redis)])
}

export function scheduleWarm(redis: Redis, everyMs: number): NodeJS.Timeout {
  return setInterval(() => {
    warmAllV2(redis).catch((err: unknown) => console.error('cache warm failed', err)) // ok: missing-await
  }, everyMs)
}
