/**
 * The review pipeline: parse, classify, run rules, then filter, order, suppress, fingerprint
 * and cap the findings. Pure and synchronous. Every rule call is fenced, so a broken rule or a
 * strange file costs only itself and the rest of the changeset is still reviewed.
 */
import { BudgetExceeded, BudgetLedger, metered, resolveBudget, spend, type ReviewBudget } from './budget'
import { createFileUnderReview, forEachAddedLine } from './context'
import { describeError } from './error-text'
import { flowCheckNotes, forgetAnalysis, summariseFile, syntaxFallbackNote } from './flow/analyse-file'
import { beginCrossFile, endCrossFile, importedInChangeset, takeHandedFindings, type CrossLanguage } from './flow/cross-file'
import { parseUnifiedDiff } from './diff'
import { assignFingerprints } from './fingerprint'
import { compareFindings, createFinding, dedupeFindings, dropSameFlaw, redactFindings } from './findings'
import { detectLanguage, generatedHeader, isGeneratedPath, isTestPath } from './language'
import { keepsSeverity, resolveOptions, selectRules, type ResolvedOptions } from './options'
import { forgetFiles } from './needles'
import { RulePlan } from './rule-plan'
import { hitIsOnText } from './source'
import { forgetSourceModel } from './source/model'
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
  /** Work limits (see budget.ts); defaults to `DEFAULT_BUDGET`. */
  budget?: Partial<ReviewBudget>
  /** Work units each reviewed file used, against its limit (benchmarks and tests). */
  onFileMetered?: (path: string, used: number, limit: number) => void
}

interface Collected {
  finding: Finding
  /** The file the finding points into, for suppression comments and fingerprints. */
  file: FileUnderReview | undefined
  pack: string
}

export function reviewChangeset(inputs: readonly ReviewInputFile[], options: ReviewOptions = {}, deps: ReviewDeps = {}): ReviewResult {
  try {
    return review(inputs, options, deps)
  } finally {
    forgetFiles()
    endCrossFile()
  }
}

function review(inputs: readonly ReviewInputFile[], options: ReviewOptions, deps: ReviewDeps): ReviewResult {
  const resolved = resolveOptions(options)
  const plan = new RulePlan(selectRules(deps.rules ?? allRules, options))
  const parsed = inputs.flatMap(parseInput)
  const reports: FileReport[] = []
  const reviewed: FileUnderReview[] = []
  const collected: Collected[] = []
  const ledger = new BudgetLedger(resolveBudget(deps.budget))
  // Files that call into others of the changeset are read first, so the functions they call are read with their arguments.
  const order = beginCrossFile(parsed.map((file) => ({ path: file.path, language: crossLanguage(file.path), text: () => newSideLines(file).join('\n'), imports: () => importLines(file) })))
  // Files the others import are read once beforehand for what their functions return, which their callers need.
  for (const at of order) summariseImported(parsed[at]!, resolved)
  const position = new Map<FileUnderReview, number>()
  order.forEach((at, i) => {
    const before = reviewed.length
    reports[at] = reviewFile(parsed[at]!, resolved, plan, reviewed, collected, ledger, deps.onFileMetered)
    if (reviewed.length > before) position.set(reviewed.at(-1)!, at)
    try {
      deps.onFileReviewed?.(i + 1, parsed.length)
    } catch {
      // Progress reporting is best effort and must not abort the review.
    }
  })
  collected.push(...handedToOldSinks(plan, reviewed))
  // Changeset rules name files in the order they came in.
  reviewed.sort((a, b) => position.get(a)! - position.get(b)!)
  const problems = runChangesetRules(plan.changeset, reviewed, resolved, collected, ledger)
  problems.push(...budgetWarnings(reports))
  return finish(collected, resolved, reports, problems)
}

/**
 * Findings at calls the change added that hand request data to a sink of another file the change left alone: that file
 * was read after the caller's rules ran, so they join the caller's findings here, under the rule that found them.
 */
function handedToOldSinks(plan: RulePlan, reviewed: readonly FileUnderReview[]): Collected[] {
  const handed = takeHandedFindings()
  if (handed.length === 0) return []
  const byPath = new Map(reviewed.map((f) => [f.path, f]))
  const out: Collected[] = []
  for (const h of handed) {
    const file = byPath.get(h.path)
    const rule = file && !file.skipped ? plan.fileRulesFor(file.language).find((r) => r.meta.id === h.ruleId) : undefined
    if (!file || !rule) continue
    const hit: RuleHit = { line: h.line, message: h.message, suggestion: h.suggestion, ...(h.severity ? { severity: h.severity } : {}) }
    out.push({ finding: createFinding(rule.meta, hit, file.path, null), file, pack: rule.meta.pack })
  }
  return out
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
  if (files.length === 1 && typeof input.content === 'string') only.content = input.content
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
  ledger: BudgetLedger,
  onMetered: ReviewDeps['onFileMetered'],
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
      skipped = parsed.binary ? 'binary file' : resolved.includeGenerated ? undefined : (isGeneratedPath(parsed.path) ?? generatedHeader(firstLines(parsed)))
      const file = createFileUnderReview(parsed, language, isTestPath(parsed.path), skipped)
      reviewed.push(file)
      if (!skipped) {
        skipped = runWithinBudget(file, ledger, (found) => runFileRules(file, plan, found, problems), out, onMetered)
        if (skipped) file.skipped = skipped
      }
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
  // File rules go first: the syntax rules' tree is built and dropped before the line rules fill
  // the file's source model, so a big file never holds both (a 1 MB file's live heap peaks about
  // 30% lower). Findings are sorted later, so the order they are collected in does not show;
  // failures are listed line rules first, as before.
  const lineProblems: ParseProblem[] = []
  const fileProblems: ParseProblem[] = []
  const fileFailures = new FailureLog(fileProblems)
  const lineFailures = new FailureLog(lineProblems)
  let done = false
  try {
    runRulesOfFile(file, plan, out, fileFailures, lineFailures)
    done = true
  } finally {
    if (done) {
      lineFailures.flush()
      fileFailures.flush()
    }
    problems.push(...lineProblems, ...fileProblems)
  }
  const fallback = syntaxFallbackNote(file)
  if (fallback) problems.push({ message: fallback, fallback: true })
  for (const note of flowCheckNotes(file)) problems.push({ message: note })
  forgetFileWork(file)
}

/**
 * Drops what the file's rules built and cached for it (its syntax analysis, its source model):
 * the file stays alive until the review ends, and so did they, which made the collector copy
 * every file's caches out of the young generation. Anything that asks again rebuilds them.
 */
function forgetFileWork(file: FileUnderReview): void {
  forgetAnalysis(file)
  forgetSourceModel(file)
}

function runRulesOfFile(file: FileUnderReview, plan: RulePlan, out: Collected[], fileFailures: FailureLog, lineFailures: FailureLog): void {
  for (const rule of plan.fileRulesFor(file.language)) {
    let hits: RuleHit[]
    try {
      hits = rule.check(file)
    } catch (error) {
      if (error instanceof BudgetExceeded) throw error
      fileFailures.record(rule.meta.id, error)
      continue
    }
    if (!Array.isArray(hits)) continue
    for (const hit of hits) if (hit) out.push({ finding: createFinding(rule.meta, hit, file.path, null), file, pack: rule.meta.pack })
  }
  const lineRules = plan.lineRulesFor(file.language, file)
  if (lineRules.length > 0 && file.addedLines.length > 0) {
    forEachAddedLine(file, (ctx) => {
      spend(lineRules.length * (ctx.line.text.length + LINE_CALL_UNITS))
      for (let r = 0; r < lineRules.length; r++) {
        const rule = lineRules[r]!
        let result: RuleHit | RuleHit[] | undefined
        try {
          result = rule.check(ctx)
        } catch (error) {
          if (error instanceof BudgetExceeded) throw error
          lineFailures.record(rule.meta.id, error, ctx.line.newLine)
          continue
        }
        if (!result) continue
        if (hitIsOnText(rule.meta.pack, ctx)) continue
        if (Array.isArray(result)) {
          for (const hit of result) if (hit) out.push({ finding: createFinding(rule.meta, hit, file.path, ctx.line.newLine), file, pack: rule.meta.pack })
        } else out.push({ finding: createFinding(rule.meta, result, file.path, ctx.line.newLine), file, pack: rule.meta.pack })
      }
    })
  }
}

function runChangesetRules(
  rules: readonly ChangesetRule[],
  files: FileUnderReview[],
  resolved: ResolvedOptions,
  out: Collected[],
  ledger: BudgetLedger,
): ParseProblem[] {
  const problems: ParseProblem[] = []
  if (rules.length === 0) return problems
  const byPath = new Map<string, FileUnderReview>()
  for (const file of files) if (!byPath.has(file.path)) byPath.set(file.path, file)
  const view = Object.freeze([...files])
  for (const rule of rules) {
    try {
      const hits = metered(ledger.open(0, false), () => rule.check(view))
      if (!Array.isArray(hits)) continue
      for (const hit of hits) {
        if (!hit) continue
        const filePath = typeof hit.filePath === 'string' && hit.filePath !== '' ? hit.filePath : null
        // The user asked not to hear about these paths, whichever rule mentions them.
        if (filePath !== null && resolved.ignoredBy(filePath)) continue
        out.push({ finding: createFinding(rule.meta, hit, filePath, null), file: filePath === null ? undefined : byPath.get(filePath), pack: rule.meta.pack })
      }
    } catch (error) {
      const why = error instanceof BudgetExceeded ? 'skipped: the review budget was used up' : `failed: ${describeError(error)}`
      problems.push({ message: `rule ${rule.meta.id} ${why}` })
    }
  }
  return problems
}

function finish(collected: Collected[], resolved: ResolvedOptions, files: FileReport[], problems: ParseProblem[]): ReviewResult {
  const kept = collected.filter((c) => keepsSeverity(c.finding.severity, resolved))
  kept.sort((a, b) => compareFindings(a.finding, b.finding))
  const indexes = new Map<FileUnderReview, SuppressionIndex>()
  let suppressed = 0
  const visible = dropSameFlaw(dedupeFindings(kept)).filter(({ finding, file, pack }) => {
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

// Each line-rule call is charged the line's length plus this, so even empty lines cost something.
const LINE_CALL_UNITS = 8

/**
 * Runs a file's rules on a meter. Within budget, their findings join `out` and nothing is
 * returned; over it, the file's findings are dropped and the skip reason is returned.
 */
function runWithinBudget(
  file: FileUnderReview,
  ledger: BudgetLedger,
  run: (found: Collected[]) => void,
  out: Collected[],
  onMetered: ReviewDeps['onFileMetered'],
): string | undefined {
  if (ledger.exhausted) return BUDGET_USED_UP
  const meter = ledger.open(diffBytes(file))
  const found: Collected[] = []
  try {
    metered(meter, () => run(found))
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error
    return error.scope === 'changeset' ? BUDGET_USED_UP : `review budget exceeded (more than ${error.limit} work units)`
  } finally {
    ledger.close(meter)
    onMetered?.(file.path, meter.used, meter.limit)
  }
  for (const c of found) out.push(c)
  return undefined
}

const BUDGET_USED_UP = "review budget exceeded (the changeset's budget was used up)"

function diffBytes(file: ParsedFile): number {
  let bytes = 0
  for (const hunk of file.hunks) for (const line of hunk.lines) bytes += line.text.length + 2
  return bytes
}

/** One changeset warning for the files the budget cut, so the review says it is incomplete. */
function budgetWarnings(reports: readonly FileReport[]): ParseProblem[] {
  const cut = reports.filter((r) => r.skipped?.startsWith('review budget exceeded'))
  if (cut.length === 0) return []
  const named = cut.slice(0, 5).map((r) => r.path).join(', ') + (cut.length > 5 ? ` and ${cut.length - 5} more` : '')
  return [{ message: `${cut.length === 1 ? '1 file was' : `${cut.length} files were`} not reviewed because reviewing ${cut.length === 1 ? 'it' : 'them'} needed more work than the review budget allows: ${named}` }]
}

function summariseImported(parsed: ParsedFile, resolved: ResolvedOptions): void {
  if (!importedInChangeset(parsed.path) || parsed.binary || resolved.ignoredBy(parsed.path)) return
  try {
    summariseFile(createFileUnderReview(parsed, detectLanguage(parsed.path), isTestPath(parsed.path), undefined))
  } catch {
    // Summaries only sharpen the callers' analysis; the review goes on without them.
  }
}

function crossLanguage(path: string): CrossLanguage | undefined {
  const language = detectLanguage(path)
  return language === 'python' ? 'python' : language === 'javascript' || language === 'typescript' ? 'javascript' : undefined
}

/** The new side's lines as the client sent them (the whole file) or as the hunks show them, for the cross-file scans. */
function newSideLines(file: ParsedFile): string[] {
  if (typeof file.content === 'string') return file.content.split('\n')
  return file.hunks.flatMap((h) => h.lines.filter((l) => l.kind !== 'del').map((l) => l.text))
}

/** The new side's lines that may import a module: the import scan reads these, not a copy of the whole file. */
function importLines(file: ParsedFile): string {
  return newSideLines(file).filter((l) => l.includes('import') || l.includes('require') || l.includes('from')).join('\n')
}

function newSideText(file: ParsedFile): Map<number, string> {
  const lines = new Map<number, string>()
  // With the full content a finding can sit outside the hunks (a sink an added line now feeds);
  // its text keys it too. Hunk lines win, in case the content belongs to another revision.
  if (typeof file.content === 'string') file.content.split('\n').forEach((text, i) => lines.set(i + 1, text))
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

/** The new side's first lines: from the whole text when the client sent it, else from a hunk that starts the file. */
function firstLines(file: ParsedFile): string[] {
  if (file.content !== undefined) return file.content.slice(0, 2000).split('\n', 5)
  const lines: string[] = []
  for (const hunk of file.hunks) {
    for (const line of hunk.lines) {
      if (line.newLine === undefined) continue
      if (line.newLine > 5) return lines
      lines.push(line.text)
    }
  }
  return lines
}
