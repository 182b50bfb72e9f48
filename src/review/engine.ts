/**
 * The review pipeline: parse, classify, run rules, then filter, order, suppress, fingerprint
 * and cap the findings. Pure and synchronous. Every rule call is fenced, so a broken rule or a
 * strange file costs only itself and the rest of the changeset is still reviewed.
 */
import { createFileUnderReview, forEachAddedLine } from './context'
import { parseUnifiedDiff } from './diff'
import { assignFingerprints } from './fingerprint'
import { compareFindings, createFinding, dedupeFindings, redactFindings } from './findings'
import { detectLanguage, isGeneratedPath, isTestPath } from './language'
import { keepsSeverity, resolveOptions, selectRules, type ResolvedOptions } from './options'
import { RulePlan } from './rule-plan'
import { allRules } from './rules'
import { SuppressionIndex } from './suppression'
import type {
  ChangesetRule,
  FileReport,
  FileUnderReview,
  Finding,
  Language,
  ParsedFile,
  ParseProblem,
  ReviewInputFile,
  ReviewOptions,
  ReviewResult,
  Rule,
  RuleHit,
} from './types'

export interface ReviewDeps {
  /** Defaults to `allRules`. */
  rules?: readonly Rule[]
  /** Progress, after each file (skipped files included). */
  onFileReviewed?: (done: number, total: number) => void
}

interface Collected {
  finding: Finding
  /** The file the finding points into, for suppression comments and fingerprints. */
  file: FileUnderReview | undefined
  pack: string
}

export function reviewChangeset(inputs: readonly ReviewInputFile[], options: ReviewOptions = {}, deps: ReviewDeps = {}): ReviewResult {
  const resolved = resolveOptions(options)
  const plan = new RulePlan(selectRules(deps.rules ?? allRules, options))
  const parsed = inputs.flatMap(parseInput)
  const reports: FileReport[] = []
  const reviewed: FileUnderReview[] = []
  const collected: Collected[] = []
  parsed.forEach((file, i) => {
    reports.push(reviewFile(file, resolved, plan, reviewed, collected))
    try {
      deps.onFileReviewed?.(i + 1, parsed.length)
    } catch {
      // Progress reporting is best effort and must not abort the review.
    }
  })
  const problems = runChangesetRules(plan.changeset, reviewed, resolved, collected)
  return finish(collected, resolved, reports, problems)
}

function parseInput(input: ReviewInputFile): ParsedFile[] {
  let files: ParsedFile[]
  try {
    files = parseUnifiedDiff(input.diff, input.path)
  } catch (error) {
    return [emptyFile(input.path, [{ message: `diff parser failed: ${describeError(error)}` }])]
  }
  if (files.length === 0) return [emptyFile(input.path, input.diff.trim() ? [{ message: 'no file diff found in input' }] : [])]
  const only = files[0]!
  // The submitted path is the file's identity for the API; headers may spell it differently.
  if (files.length === 1 && input.path && input.path !== only.oldPath) return [{ ...only, path: input.path }]
  return files
}

function emptyFile(path: string, problems: ParseProblem[]): ParsedFile {
  return { path, changeType: 'modified', binary: false, hunks: [], additions: 0, deletions: 0, problems }
}

function reviewFile(
  parsed: ParsedFile,
  resolved: ResolvedOptions,
  plan: RulePlan,
  reviewed: FileUnderReview[],
  out: Collected[],
): FileReport {
  const problems = [...parsed.problems]
  let language: Language = 'text'
  let skipped: string | undefined
  try {
    language = detectLanguage(parsed.path)
    const ignoredBy = resolved.ignoredBy(parsed.path)
    if (ignoredBy) {
      skipped = `ignored by ignore_paths (${ignoredBy})`
    } else {
      skipped = parsed.binary ? 'binary file' : resolved.includeGenerated ? undefined : isGeneratedPath(parsed.path)
      const file = createFileUnderReview(parsed, language, isTestPath(parsed.path), skipped)
      reviewed.push(file)
      if (!skipped) runFileRules(file, plan, out, problems)
    }
  } catch (error) {
    problems.push({ message: `review failed: ${describeError(error)}` })
  }
  return {
    path: parsed.path,
    ...(parsed.oldPath !== undefined ? { oldPath: parsed.oldPath } : {}),
    language,
    changeType: parsed.changeType,
    binary: parsed.binary,
    additions: parsed.additions,
    deletions: parsed.deletions,
    ...(skipped !== undefined ? { skipped } : {}),
    problems,
  }
}

function runFileRules(file: FileUnderReview, plan: RulePlan, out: Collected[], problems: ParseProblem[]): void {
  const failures = new FailureLog(problems)
  const lineRules = plan.lineRulesFor(file.language, file)
  if (lineRules.length > 0 && file.addedLines.length > 0) {
    forEachAddedLine(file, (ctx) => {
      for (let r = 0; r < lineRules.length; r++) {
        const rule = lineRules[r]!
        let result: RuleHit | RuleHit[] | undefined
        try {
          result = rule.check(ctx)
        } catch (error) {
          failures.record(rule.meta.id, error, ctx.line.newLine)
          continue
        }
        if (!result) continue
        if (Array.isArray(result)) {
          for (const hit of result) if (hit) out.push({ finding: createFinding(rule.meta, hit, file.path, ctx.line.newLine), file, pack: rule.meta.pack })
        } else out.push({ finding: createFinding(rule.meta, result, file.path, ctx.line.newLine), file, pack: rule.meta.pack })
      }
    })
  }
  for (const rule of plan.fileRulesFor(file.language)) {
    let hits: RuleHit[]
    try {
      hits = rule.check(file)
    } catch (error) {
      failures.record(rule.meta.id, error)
      continue
    }
    if (!Array.isArray(hits)) continue
    for (const hit of hits) if (hit) out.push({ finding: createFinding(rule.meta, hit, file.path, null), file, pack: rule.meta.pack })
  }
  failures.flush()
}

function runChangesetRules(rules: readonly ChangesetRule[], files: FileUnderReview[], resolved: ResolvedOptions, out: Collected[]): ParseProblem[] {
  const problems: ParseProblem[] = []
  if (rules.length === 0) return problems
  const byPath = new Map<string, FileUnderReview>()
  for (const file of files) if (!byPath.has(file.path)) byPath.set(file.path, file)
  const view = Object.freeze([...files])
  for (const rule of rules) {
    try {
      const hits = rule.check(view)
      if (!Array.isArray(hits)) continue
      for (const hit of hits) {
        if (!hit) continue
        const filePath = typeof hit.filePath === 'string' && hit.filePath !== '' ? hit.filePath : null
        // The user asked not to hear about these paths, whichever rule mentions them.
        if (filePath !== null && resolved.ignoredBy(filePath)) continue
        out.push({ finding: createFinding(rule.meta, hit, filePath, null), file: filePath === null ? undefined : byPath.get(filePath), pack: rule.meta.pack })
      }
    } catch (error) {
      problems.push({ message: `rule ${rule.meta.id} failed: ${describeError(error)}` })
    }
  }
  return problems
}

function finish(collected: Collected[], resolved: ResolvedOptions, files: FileReport[], problems: ParseProblem[]): ReviewResult {
  const kept = collected.filter((c) => keepsSeverity(c.finding.severity, resolved))
  kept.sort((a, b) => compareFindings(a.finding, b.finding))
  const indexes = new Map<FileUnderReview, SuppressionIndex>()
  let suppressed = 0
  const visible = dedupeFindings(kept).filter(({ finding, file, pack }) => {
    if (!file || finding.line === null) return true
    let index = indexes.get(file)
    if (!index) indexes.set(file, (index = new SuppressionIndex(file)))
    if (!index.isSuppressed(finding.ruleId, pack, finding.line)) return true
    suppressed++
    return false
  })
  const texts = new Map<FileUnderReview, Map<number, string>>()
  assignFingerprints(
    visible.map((c) => c.finding),
    (finding, i) => {
      const file = visible[i]!.file
      if (!file || finding.line === null) return undefined
      let lines = texts.get(file)
      if (!lines) texts.set(file, (lines = newSideText(file)))
      return lines.get(finding.line)
    },
  )
  const findings = redactFindings(visible.slice(0, resolved.maxFindings))
  return { files, findings, truncated: visible.length - findings.length, suppressed, problems }
}

function newSideText(file: ParsedFile): Map<number, string> {
  const lines = new Map<number, string>()
  for (const hunk of file.hunks) for (const line of hunk.lines) if (line.newLine !== undefined) lines.set(line.newLine, line.text)
  return lines
}

/** Records the first failure of each rule on a file, and how often it failed there. */
class FailureLog {
  private readonly seen = new Map<string, { problem: ParseProblem; base: string; line?: number; count: number }>()

  constructor(private readonly problems: ParseProblem[]) {}

  record(ruleId: string, error: unknown, line?: number): void {
    const entry = this.seen.get(ruleId)
    if (entry) {
      entry.count++
      return
    }
    const base = `rule ${ruleId} failed: ${describeError(error)}`
    const problem: ParseProblem = { message: base }
    this.problems.push(problem)
    this.seen.set(ruleId, { problem, base, line, count: 1 })
  }

  /** `rule x failed: boom (line 3, 12 times)`. */
  flush(): void {
    for (const { problem, base, line, count } of this.seen.values()) {
      const details = [...(line === undefined ? [] : [`line ${line}`]), ...(count > 1 ? [`${count} times`] : [])]
      problem.message = details.length > 0 ? `${base} (${details.join(', ')})` : base
    }
  }
}

function describeError(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error)
    return text.length > 200 ? `${text.slice(0, 200)}…` : text
  } catch {
    return 'unprintable error'
  }
}
