// corpus: path=src/lib/flags.ts
import { createHash } from 'node:crypto'

export type FlagKey =
  | 'new-issue-editor'
  | 'ai-triage'
  | 'bulk-export'
  | 'sso-enforcement'
  | 'billing-v2'

type Flag = {
  description: string
  defaultValue: boolean
  rolloutPercent?: number
  allowOrganizations?: string[]
  environments?: Array<'development' | 'test' | 'production'>
}

export const FLAGS: Record<FlagKey, Flag> = {
  'new-issue-editor': {
    description: 'Rich-text issue editor built on Tiptap',
    defaultValue: false,
    rolloutPercent: 25,
  },
  'ai-triage': {
    description: 'Suggest labels and assignees for new issues',
    defaultValue: false,
    allowOrganizations: ['org_01HQ8Z3K5M7N9P1R3T5V7X9Z0B', 'org_01HR2B4D6F8H0J2K4M6N8P0Q2S'],
  },
  'bulk-export': {
    description: 'Export more than 10,000 issues as a background job',
    defaultValue: true,
  },
  'sso-enforcement': {
    description: 'Organizations can require SSO for every member',
    defaultValue: false,
    environments: ['development', 'test'],
  },
  'billing-v2': {
    description: 'Usage-based billing through Stripe meters',
    defaultValue: false,
    rolloutPercent: 5,
  },
}

export type FlagContext = {
  environment: 'development' | 'test' | 'production'
  organizationId?: string
  userId?: string
  overrides?: Partial<Record<FlagKey, boolean>>
}

// Stable bucketing: the same user lands in the same bucket on every server, so a rollout
// percentage does not flap between requests. Not a security boundary.
export function bucket(flag: FlagKey, subject: string): number {
  const digest = createHash('sha1').update(`${flag}:${subject}`).digest() // ok: weak-hash
  return digest.readUInt32BE(0) % 100
}

export function isEnabled(flag: FlagKey, context: FlagContext): boolean {
  const override = context.overrides?.[flag]
  if (override !== undefined) return override
  const definition = FLAGS[flag]
  if (definition.environments?.includes(context.environment)) return true
  if (definition.allowOrganizations && context.organizationId) {
    if (definition.allowOrganizations.includes(context.organizationId)) return true
  }
  if (definition.rolloutPercent !== undefined && context.userId) {
    return bucket(flag, context.userId) < definition.rolloutPercent
  }
  return definition.defaultValue
}

export function parseOverrides(header: string | null | undefined): Partial<Record<FlagKey, boolean>> {
  const result: Partial<Record<FlagKey, boolean>> = {}
  if (!header) return result
  for (const part of header.split(',')) {
    const [rawKey, rawValue] = part.split('=').map((s) => s.trim())
    if (Object.hasOwn(FLAGS, rawKey)) result[rawKey as FlagKey] = rawValue !== 'off' // ok: prototype-pollution
  }
  return result
}

export function evaluateAll(context: FlagContext): Record<FlagKey, boolean> {
  return Object.fromEntries((Object.keys(FLAGS) as FlagKey[]).map((key) => [key, isEnabled(key, context)])) as Record<FlagKey, boolean>
}
