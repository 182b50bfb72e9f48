/** Turning rule hits into findings, and the one total order findings are reported in. */
import { findSecretValues, redactSecrets, SecretFragments, shapesAbsentFrom } from './redact'
import type { ChangesetHit, FileUnderReview, Finding, RuleHit, RuleMeta } from './types'
import { SEVERITY_RANK } from './types'

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}

/**
 * Builds a finding with a fixed key order (so JSON output is byte-stable) and repairs what a
 * sloppy rule may return: a bad severity falls back to the rule's, a bad line to `fallbackLine`.
 * File rules report a file-level finding with line 0.
 */
export function createFinding(meta: RuleMeta, hit: RuleHit | ChangesetHit, filePath: string | null, fallbackLine: number | null): Finding {
  const line = filePath !== null && isPositiveInteger(hit.line) ? hit.line : fallbackLine
  const endLine = 'endLine' in hit && line !== null && isPositiveInteger(hit.endLine) && hit.endLine >= line ? hit.endLine : null
  return {
    ruleId: meta.id,
    severity: hit.severity && Object.hasOwn(SEVERITY_RANK, hit.severity) ? hit.severity : meta.severity,
    category: meta.category,
    filePath,
    line,
    endLine,
    message: typeof hit.message === 'string' && hit.message !== '' ? hit.message : meta.title,
    suggestion: typeof hit.suggestion === 'string' ? hit.suggestion : null,
    fingerprint: '',
    source: 'rule',
  }
}

/**
 * Masks secrets in what rules wrote, whatever rule wrote it: a TODO, a `console.log` or an
 * injection message may quote a line that holds a key. Besides the shapes `redactSecrets` finds,
 * every secret on the finding's file (added and context lines, the lines rules can read) is masked
 * wherever a piece of it turns up, since rules quote code cut short. Returns the findings.
 */
export function redactFindings(items: ReadonlyArray<{ finding: Finding; file?: FileUnderReview | undefined }>): Finding[] {
  const known = new Map<FileUnderReview, SecretFragments | undefined>()
  return items.map(({ finding, file }) => {
    let fragments: SecretFragments | undefined
    if (file) {
      if (!known.has(file)) known.set(file, secretsOf(file))
      fragments = known.get(file)
    }
    finding.message = redactSecrets(finding.message, fragments)
    if (finding.suggestion !== null) finding.suggestion = redactSecrets(finding.suggestion, fragments)
    return finding
  })
}

function secretsOf(file: FileUnderReview): SecretFragments | undefined {
  const lines: string[] = []
  for (const hunk of file.hunks) for (const line of hunk.lines) if (line.newLine !== undefined) lines.push(line.text)
  // One scan of the whole new side: shapes stop at line ends, PEM bodies span them.
  const fragments = new SecretFragments(findSecretValues(lines.join('\n'), shapesAbsentFrom(file)))
  return fragments.empty ? undefined : fragments
}

function compareText(a: string, b: string): number {
  // Code-unit order, not localeCompare: the order must not depend on the host's locale.
  return a < b ? -1 : a > b ? 1 : 0
}

function compareNullableText(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return compareText(a, b)
}

function compareNullableNumber(a: number | null, b: number | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a - b
}

/** Severity, path, line (file- and changeset-level last), rule id, message, then the rest. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareNullableText(a.filePath, b.filePath) ||
    compareNullableNumber(a.line, b.line) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message) ||
    compareNullableNumber(a.endLine, b.endLine) ||
    compareNullableText(a.suggestion, b.suggestion)
  )
}

/**
 * One finding per rule, path and line (per message for file- and changeset-level findings).
 * Expects sorted input, so the most severe copy is the one kept.
 */
export function dedupeFindings<T extends { finding: Finding }>(items: readonly T[]): T[] {
  const seen = new Set<string>()
  return items.filter(({ finding: f }) => {
    const key = `${f.ruleId}\0${f.filePath ?? ''}\0${f.line ?? `\0${f.message}`}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const GENERIC_SECRET = 'secrets/hardcoded-secret'
const SIGNING_KEY = 'crypto/hardcoded-signing-key'
/** Rules whose finding on a line says what another rule's finding there already says, more precisely. */
const SAME_FLAW: Readonly<Record<string, readonly string[]>> = {
  // The analysis followed the value into the response; the line rule only saw markup being built.
  'python/xss': ['python/unsafe-markup'],
  // A secret used as a signing key: the key's rule says what can be forged with it.
  [SIGNING_KEY]: [GENERIC_SECRET],
  // A blocking call in an async handler that is also a security flaw: the security finding's message says that it blocks.
  'python/ssrf': ['python/blocking-http-in-async'],
  'python/shell-injection': ['python/blocking-io-in-async'],
  'python/path-traversal': ['python/blocking-io-in-async'],
  'js/shell-injection': ['js/blocking-io-in-async'],
  'js/path-traversal': ['js/blocking-io-in-async'],
  // `env.from_string(request.json["t"])`: the compile is the template injection, not a second code-evaluation finding.
  'python/template-injection': ['python/code-eval'],
}

function supersedes(winner: string, loser: string): boolean {
  if (SAME_FLAW[winner]?.includes(loser)) return true
  // A provider's own rule (`secrets/stripe-key`) names the provider and how to rotate the value.
  return winner.startsWith('secrets/') && winner !== GENERIC_SECRET && (loser === GENERIC_SECRET || loser === SIGNING_KEY)
}

/** Rule ids some other rule can supersede: only their findings need looking at. */
const LOSERS = new Set([GENERIC_SECRET, SIGNING_KEY, ...Object.values(SAME_FLAW).flat()])

/** One flaw, one finding: drops a finding when another rule's finding on the same line says the same, more precisely. */
export function dropSameFlaw<T extends { finding: Finding }>(items: readonly T[]): T[] {
  if (!items.some(({ finding: f }) => f.line !== null && LOSERS.has(f.ruleId))) return [...items]
  const at = (f: Finding) => `${f.filePath ?? ''}\0${f.line}`
  const rulesAt = new Map<string, string[]>()
  for (const { finding: f } of items) {
    if (f.line === null) continue
    const ids = rulesAt.get(at(f))
    if (ids) ids.push(f.ruleId)
    else rulesAt.set(at(f), [f.ruleId])
  }
  return items.filter(({ finding: f }) => f.line === null || !LOSERS.has(f.ruleId) || !rulesAt.get(at(f))!.some((id) => id !== f.ruleId && supersedes(id, f.ruleId)))
}
