// corpus: path=src/lib/flags.ts
import { createHash } from 'node:crypto'
import { unstable_cache } from 'next/cache'
import { db } from './db'

export interface FlagRule {
  name: string
  enabled: boolean
  rolloutPercent: number
  allowWorkspaces: string[]
}

interface Subject {
  id: string
  workspaceId?: string
}

const loadRules = unstable_cache(
  async (): Promise<Record<string, FlagRule>> => {
    const rows = await db.query.featureFlags.findMany()
    return Object.fromEntries(rows.map((r) => [r.name, { name: r.name, enabled: r.enabled, rolloutPercent: r.rolloutPercent, allowWorkspaces: r.allowWorkspaces ?? [] }]))
  },
  ['feature-flags'],
  { revalidate: 30, tags: ['feature-flags'] },
)

export function bucketOf(flag: string, subjectId: string): number {
  return createHash('sha256').update(`${flag}:${subjectId}`).digest().readUInt32BE(0) % 100
}

export async function isEnabled(flag: string, subject?: Subject): Promise<boolean> {
  const override = process.env[`FLAG_${flag.toUpperCase().replace(/-/g, '_')}`]
  if (override === 'on' || override === 'off') return override === 'on'
  const rule = (await loadRules())[flag]
  if (!rule?.enabled) return false
  if (!subject) return rule.rolloutPercent >= 100
  if (subject.workspaceId && rule.allowWorkspaces.includes(subject.workspaceId)) return true
  return bucketOf(flag, subject.id) < rule.rolloutPercent
}
