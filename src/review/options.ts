/**
 * Turns `ReviewOptions` into decisions: which rules run, which paths are skipped, which
 * findings are kept. Disable beats enable; enable beats the profile.
 */
import { compileGlobs } from './glob'
import type { Profile, ReviewOptions, Rule, RuleMeta, Severity, Tier } from './types'
import { PACKS, SEVERITY_RANK } from './types'

/** Applied even when options set no cap, or a higher one, so stored findings stay bounded. */
export const DEFAULT_MAX_FINDINGS = 1000

export const DEFAULT_PROFILE: Profile = 'default'

const PROFILE_TIERS: Record<Profile, readonly Tier[]> = {
  prototype: ['core'],
  default: ['core', 'recommended'],
  strict: ['core', 'recommended', 'strict'],
}

export interface ResolvedOptions {
  profile: Profile
  /** Highest severity rank kept (`SEVERITY_RANK`); 3 keeps everything. */
  maxRank: number
  maxFindings: number
  includeGenerated: boolean
  /** The `ignore_paths` pattern that skips `path`, if any. */
  ignoredBy: (path: string) => string | undefined
}

function profileOf(options: ReviewOptions): Profile {
  return options.profile && Object.hasOwn(PROFILE_TIERS, options.profile) ? options.profile : DEFAULT_PROFILE
}

export function resolveOptions(options: ReviewOptions = {}): ResolvedOptions {
  const requested = options.max_findings
  const maxFindings =
    typeof requested === 'number' && Number.isFinite(requested) && requested >= 0
      ? Math.min(Math.floor(requested), DEFAULT_MAX_FINDINGS)
      : DEFAULT_MAX_FINDINGS
  return {
    profile: profileOf(options),
    maxRank: options.min_severity && Object.hasOwn(SEVERITY_RANK, options.min_severity) ? SEVERITY_RANK[options.min_severity] : 3,
    maxFindings,
    includeGenerated: options.include_generated === true,
    ignoredBy: compileGlobs(options.ignore_paths ?? []),
  }
}

/** `ref` names the rule itself, its pack, or its namespace (`python` for `python/eval`). */
export function refersTo(ref: string, meta: Pick<RuleMeta, 'id' | 'pack'>): boolean {
  return ref === meta.id || ref === meta.pack || meta.id.startsWith(`${ref}/`)
}

export function isRuleActive(meta: RuleMeta, options: ReviewOptions = {}): boolean {
  if (options.disable?.some((ref) => refersTo(ref, meta))) return false
  if (options.enable?.some((ref) => refersTo(ref, meta))) return true
  return PROFILE_TIERS[profileOf(options)].includes(meta.tier)
}

/** The rules that run under `options`, in their given order. */
export function selectRules<R extends Rule>(rules: readonly R[], options: ReviewOptions = {}): R[] {
  return rules.filter((rule) => isRuleActive(rule.meta, options))
}

export function keepsSeverity(severity: Severity, resolved: Pick<ResolvedOptions, 'maxRank'>): boolean {
  return SEVERITY_RANK[severity] <= resolved.maxRank
}

/**
 * `enable`/`disable` entries that name no rule, pack or namespace: worth a 422 at the API so a
 * typo does not silently turn nothing off.
 */
export function findUnknownRuleRefs(options: ReviewOptions, rules: readonly Rule[]): string[] {
  const refs = [...(options.enable ?? []), ...(options.disable ?? [])]
  return refs.filter(
    (ref) => !(PACKS as readonly string[]).includes(ref) && !rules.some((rule) => refersTo(ref, rule.meta)),
  )
}
