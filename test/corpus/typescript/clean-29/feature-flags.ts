// corpus: path=src/lib/feature-flags.ts
import { createHash } from 'node:crypto'
import { env } from '../env'
import { logger } from './logger'

export type FlagKey =
  | 'board.swimlanes'
  | 'board.wip-limits'
  | 'ai.task-summaries'
  | 'auth.saml'
  | 'auth.magic-links'
  | 'billing.annual-plans'
  | 'debug.query-inspector'

interface FlagDefinition {
  description: string
  defaultValue: boolean
  /** Percentage of workspaces, 0-100, that get the flag when no override applies. */
  rollout?: number
  /** Workspaces that always get the flag, e.g. our own. */
  allowList?: readonly string[]
}

const INTERNAL_WORKSPACES = ['ws_01HF3Z8Q1N8J7K2M4P6R9T0V2X', 'ws_01HF3Z9C5D7E8F9G0H1J2K3L4M'] as const

export const FLAGS: Record<FlagKey, FlagDefinition> = {
  'board.swimlanes': { description: 'Group board columns into swimlanes', defaultValue: true },
  'board.wip-limits': { description: 'Per-column work-in-progress limits', defaultValue: false, rollout: 30 },
  'ai.task-summaries': { description: 'Summaries of long task threads', defaultValue: false, allowList: INTERNAL_WORKSPACES },
  'auth.saml': { description: 'SAML single sign-on for enterprise plans', defaultValue: false },
  'auth.magic-links': { description: 'Passwordless sign-in by email link', defaultValue: true },
  'billing.annual-plans': { description: 'Annual billing toggle on the pricing page', defaultValue: false, rollout: 10 },
  'debug.query-inspector': { description: 'Query timing panel for staff', defaultValue: false, allowList: INTERNAL_WORKSPACES },
}

export interface FlagContext {
  workspaceId?: string
  overrides?: Partial<Record<FlagKey, boolean>>
}

function bucket(key: FlagKey, workspaceId: string): number {
  const digest = createHash('sha1').update(`${key}/${workspaceId}`).digest() // ok: weak-hash
  return digest.readUInt16BE(0) % 100
}

export function isEnabled(key: FlagKey, ctx: FlagContext = {}): boolean {
  const flag = FLAGS[key]
  const override = ctx.overrides?.[key]
  if (override !== undefined) return override
  if (ctx.workspaceId && flag.allowList?.includes(ctx.workspaceId)) return true
  if (ctx.workspaceId && flag.rollout !== undefined) return bucket(key, ctx.workspaceId) < flag.rollout
  return flag.defaultValue
}

export function evaluateAll(ctx: FlagContext = {}): Record<FlagKey, boolean> {
  const result = {} as Record<FlagKey, boolean>
  for (const key of Object.keys(FLAGS) as FlagKey[]) {
    result[key] = isEnabled(key, ctx)
  }
  if (env.LOG_LEVEL === 'debug') {
    logger.debug({ workspaceId: ctx.workspaceId, flags: result }, 'evaluated feature flags')
  }
  return result
}
