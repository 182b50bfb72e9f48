/**
 * Turns anchored AI findings into engine findings. Rules win: an AI finding on a line a rule
 * already flagged is merged into the rule's (dropped), and the AI's severity is capped, so the
 * model can add to a review but never outshout the rules or raise a `critical` on its own.
 */
import { compareFindings } from '../review/findings'
import { hashString, normaliseLine } from '../review/fingerprint'
import { SEVERITY_RANK, type Finding, type Severity } from '../review/types'
import type { AnchoredFinding } from './anchor'
import type { AiSeverityCap } from './config'

export interface MergeResult {
  findings: Finding[]
  /** Dropped for sharing a line with a rule finding, or path+line+category with another AI finding. */
  merged: number
}

export function capSeverity(severity: Severity, cap: AiSeverityCap): Severity {
  // `critical` is not a valid cap, whatever the caller passes.
  const ceiling: Severity = SEVERITY_RANK[cap] <= SEVERITY_RANK.major ? 'major' : cap
  return SEVERITY_RANK[severity] < SEVERITY_RANK[ceiling] ? ceiling : severity
}

export function mergeAiFindings(anchored: readonly AnchoredFinding[], ruleFindings: readonly Finding[], cap: AiSeverityCap): MergeResult {
  const ruleLines = new Set(ruleFindings.filter((f) => f.filePath !== null && f.line !== null).map((f) => `${f.filePath}\0${f.line}`))
  const candidates = anchored.map((a) => ({ finding: toFinding(a, cap), key: fingerprintKey(a) }))
  // Sorted first, so the copy kept by the dedupe below is the most severe one.
  candidates.sort((x, y) => compareFindings(x.finding, y.finding) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))

  const seen = new Set<string>()
  const kept: typeof candidates = []
  let merged = 0
  for (const candidate of candidates) {
    const f = candidate.finding
    const line = `${f.filePath}\0${f.line}`
    const dedupe = `${line}\0${f.category}`
    if (ruleLines.has(line) || seen.has(dedupe)) {
      merged++
      continue
    }
    seen.add(dedupe)
    kept.push(candidate)
  }

  // Same title on two identical lines: number the copies so fingerprints stay unique per changeset.
  const occurrences = new Map<string, number>()
  for (const { finding, key } of kept) {
    const n = occurrences.get(key) ?? 0
    occurrences.set(key, n + 1)
    finding.fingerprint = hashString(n === 0 ? key : `${key}\0${n}`)
  }
  return { findings: kept.map((k) => k.finding), merged }
}

function toFinding(a: AnchoredFinding, cap: AiSeverityCap): Finding {
  return {
    ruleId: `ai/${a.category}`,
    severity: capSeverity(a.severity, cap),
    category: a.category,
    filePath: a.path,
    line: a.line,
    endLine: null,
    message: /[.!?:]$/.test(a.title) ? `${a.title} ${a.message}` : `${a.title}. ${a.message}`,
    suggestion: a.suggestion,
    fingerprint: '',
    source: 'ai',
  }
}

/** Like rule fingerprints, keyed on line content, not number; the title tells two AI findings apart. */
function fingerprintKey(a: AnchoredFinding): string {
  return `ai/${a.category}\0${a.path}\0line:${normaliseLine(a.lineText)}\0${normaliseLine(a.title).toLowerCase()}`
}
