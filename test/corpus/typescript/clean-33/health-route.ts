// corpus: path=app/api/health/route.ts
import { NextResponse } from 'next/server'
import { sql } from 'drizzle-orm'
import { db } from '@/lib/db'
import { redis } from '@/lib/redis'

export const dynamic = 'force-dynamic'

type Check = { ok: boolean; ms?: number; error?: string }

async function check(run: () => Promise<unknown>): Promise<Check> {
  const started = performance.now()
  try {
    await Promise.race([run(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1500))])
    return { ok: true, ms: Math.round(performance.now() - started) }
  } catch (err) {
    return { ok: false, error: err instanceof Error && err.message === 'timeout' ? 'timeout' : 'unavailable' }
  }
}

export async function GET() {
  const [database, cache] = await Promise.all([check(() => db.execute(sql`select 1`)), check(() => redis.ping())])
  const ok = database.ok && cache.ok
  return NextResponse.json(
    { status: ok ? 'ok' : 'degraded', checks: { database, cache }, commit: process.env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7) ?? 'dev' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
