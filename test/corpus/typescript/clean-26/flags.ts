// corpus: path=src/flags/evaluate.ts
import { createHash } from 'node:crypto'

export type FlagValue = boolean | string | number

export interface FlagRule {
  attribute: 'country' | 'plan' | 'email' | 'orgId'
  operator: 'eq' | 'in' | 'endsWith'
  values: string[]
}

export interface FlagDefinition {
  key: string
  enabled: boolean
  defaultValue: FlagValue
  rolloutPercent?: number
  rules?: { when: FlagRule[]; value: FlagValue }[]
}

export interface FlagContext {
  userId?: string
  orgId?: string
  email?: string
  country?: string
  plan?: 'free' | 'pro' | 'enterprise'
}

export const defaultFlags: FlagDefinition[] = [
  { key: 'new-dashboard', enabled: true, defaultValue: false, rolloutPercent: 25 },
  { key: 'passkeys', enabled: true, defaultValue: false, rules: [{ when: [{ attribute: 'plan', operator: 'in', values: ['pro', 'enterprise'] }], value: true }] },
  { key: 'api-key-rotation', enabled: true, defaultValue: true },
  { key: 'password-breach-check', enabled: true, defaultValue: true },
  { key: 'session-timeout-minutes', enabled: true, defaultValue: 60, rules: [{ when: [{ attribute: 'plan', operator: 'eq', values: ['enterprise'] }], value: 15 }] },
  { key: 'staff-tools', enabled: true, defaultValue: false, rules: [{ when: [{ attribute: 'email', operator: 'endsWith', values: ['@example.com'] }], value: true }] },
]

/** Stable 0-99 bucket so a user stays in or out of a rollout across requests. */
export function bucketOf(flagKey: string, subject: string): number {
  const digest = createHash('sha1').update(`${flagKey}:${subject}`).digest()
  return digest.readUInt32BE(0) % 100
}

function matches(rule: FlagRule, ctx: FlagContext): boolean {
  const actual = ctx[rule.attribute]
  if (actual === undefined) return false
  switch (rule.operator) {
    case 'eq':
      return actual === rule.values[0]
    case 'in':
      return rule.values.includes(actual)
    case 'endsWith':
      return rule.values.some((v) => actual.toLowerCase().endsWith(v.toLowerCase()))
  }
}

export function evaluate(flag: FlagDefinition, ctx: FlagContext): FlagValue {
  if (!flag.enabled) return flag.defaultValue
  for (const rule of flag.rules ?? []) {
    if (rule.when.every((cond) => matches(cond, ctx))) return rule.value
  }
  if (flag.rolloutPercent !== undefined) {
    const subject = ctx.userId ?? ctx.orgId
    if (!subject) return flag.defaultValue
    return bucketOf(flag.key, subject) < flag.rolloutPercent ? true : flag.defaultValue
  }
  return flag.defaultValue
}

export function evaluateAll(flags: FlagDefinition[], ctx: FlagContext): Record<string, FlagValue> {
  return Object.fromEntries(flags.map((f) => [f.key, evaluate(f, ctx)]))
}

export function parseOverrides(header: string | undefined, allowed: Set<string>): Record<string, boolean> {
  // Only staff builds send X-Flag-Overrides; unknown keys are ignored rather than trusted.
  const out: Record<string, boolean> = {}
  if (!header) return out
  for (const pair of header.split(',')) {
    const [key, raw] = pair.split('=').map((s) => s.trim())
    if (allowed.has(key) && (raw === 'on' || raw === 'off')) out[key] = raw === 'on'
  }
  return out
}
