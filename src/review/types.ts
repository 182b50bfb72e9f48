/**
 * The review engine's vocabulary. The engine is pure: no bindings, no I/O, no clocks,
 * no randomness, so the same input always produces the same findings in the same order.
 */
import type { SourceModel } from './source/model'

export const SEVERITIES = ['critical', 'major', 'minor', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Lower rank = more severe; used for sorting and `min_severity`. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, major: 1, minor: 2, info: 3 }

export const CATEGORIES = [
  'security',
  'bug',
  'performance',
  'maintainability',
  'style',
  'testing',
  'documentation',
] as const
export type Category = (typeof CATEGORIES)[number]

export const PACKS = ['secrets', 'injection', 'crypto', 'bugs', 'async', 'hygiene', 'changeset'] as const
export type Pack = (typeof PACKS)[number]

export const PROFILES = ['strict', 'default', 'prototype'] as const
export type Profile = (typeof PROFILES)[number]

/**
 * Which profiles run a rule: `core` rules run everywhere (real bugs and security holes),
 * `recommended` rules run in `default` and `strict`, `strict` rules only in `strict`.
 * The `prototype` profile runs only `core` rules: a take-home project does not want
 * production-hardening nags.
 */
export type Tier = 'core' | 'recommended' | 'strict'

export type Language =
  | 'python'
  | 'javascript'
  | 'typescript'
  | 'go'
  | 'java'
  | 'kotlin'
  | 'ruby'
  | 'php'
  | 'csharp'
  | 'rust'
  | 'c'
  | 'cpp'
  | 'swift'
  | 'shell'
  | 'sql'
  | 'html'
  | 'css'
  | 'vue'
  | 'svelte'
  | 'yaml'
  | 'json'
  | 'toml'
  | 'ini'
  | 'markdown'
  | 'dockerfile'
  | 'makefile'
  | 'terraform'
  | 'dotenv'
  | 'github-actions'
  | 'requirements'
  | 'text'

// ---------------------------------------------------------------------------
// Parsed diff
// ---------------------------------------------------------------------------

export type ChangeType = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'mode-changed'

export interface DiffLine {
  kind: 'add' | 'del' | 'context'
  text: string
  /** Line number in the old file (context and removed lines). */
  oldLine?: number
  /** Line number in the new file (context and added lines). */
  newLine?: number
  /** Set on the last line of a side that ends without a newline (`\ No newline at end of file`). */
  noNewlineAtEnd?: true
}

export interface Hunk {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
  /** Text after the second `@@`, usually the enclosing function or class. */
  section?: string
  lines: DiffLine[]
}

export interface ParseProblem {
  message: string
  /** 1-based line within the submitted diff text, where known. */
  diffLine?: number
  /** The file could not be parsed, so its syntax rules fell back to line rules. */
  fallback?: true
}

export interface ParsedFile {
  path: string
  oldPath?: string
  changeType: ChangeType
  binary: boolean
  oldMode?: string
  newMode?: string
  hunks: Hunk[]
  additions: number
  deletions: number
  problems: ParseProblem[]
  /** The whole new-side text, when the client sent it; syntax rules parse it instead of the hunks. */
  content?: string
}

// ---------------------------------------------------------------------------
// What rules see
// ---------------------------------------------------------------------------

/** One file as rules see it: the parsed diff plus derived facts. */
export interface FileUnderReview extends ParsedFile {
  language: Language
  /** Every added line in order, with its new-side line number. */
  addedLines: ReadonlyArray<DiffLine & { kind: 'add'; newLine: number }>
  isTest: boolean
  /**
   * Why the file gets no line or file rules (binary, generated, vendored). Such files still
   * reach changeset rules, which may care that a lock file changed; files matched by
   * `ignore_paths` reach no rule at all.
   */
  skipped?: string
}

/** An added line with its surroundings. */
export interface LineContext {
  file: FileUnderReview
  hunk: Hunk
  line: DiffLine & { kind: 'add'; newLine: number }
  /** Index of `line` within `hunk.lines`. */
  index: number
  /** Up to `n` new-side lines (context or added) before this one, nearest last. */
  before(n: number): DiffLine[]
  /** Up to `n` new-side lines (context or added) after this one, nearest first. */
  after(n: number): DiffLine[]
  /** The signature of the enclosing function where findable (hunk lines above, then the hunk section). */
  enclosingFunction(): string | undefined
  /** The file's source model (scanned and lexed lines, docstrings), shared by every rule and line. */
  readonly source: SourceModel
}

/** What a rule reports; the engine adds rule id, severity, category, path and fingerprint. */
export interface RuleHit {
  line: number
  endLine?: number
  message: string
  suggestion?: string
  /** Overrides the rule's default severity for this hit (e.g. a weaker variant). */
  severity?: Severity
}

/** A changeset-level hit may point at no file or line at all (e.g. "no tests changed"). */
export interface ChangesetHit {
  filePath?: string
  line?: number
  message: string
  suggestion?: string
  severity?: Severity
}

export interface RuleMeta {
  /** Namespaced, kebab-case: `python/sql-injection`, `secrets/aws-access-key`. */
  id: string
  title: string
  severity: Severity
  category: Category
  pack: Pack
  tier: Tier
  /** Languages the rule applies to; `'*'` for every file. */
  languages: Language[] | '*'
  description: string
  examples: { bad: string; good: string }
  /**
   * Syntax rules: what the data-flow analysis treats as sources (where untrusted data comes
   * from), sinks (where it does harm) and sanitizers (what makes it safe). Absent on line rules.
   */
  flow?: { sources: string[]; sinks: string[]; sanitizers: string[] }
  /** The weaknesses the rule reports (`CWE-89`), most specific first; the catalogue fills them from `cwe.ts`. */
  cwe?: readonly string[]
}

export interface LineRule {
  kind: 'line'
  meta: RuleMeta
  /**
   * Optional file-level gate: literal, case-sensitive words of which at least one must occur in
   * the file's new side for the rule to run there at all. All rules' words are found in one shared
   * pass per file, so a rule watching for rare tokens costs nothing on the files without them.
   * Every hit must be impossible without one of the words on the flagged line (words of 2+ chars).
   */
  trigger?: readonly string[]
  check(ctx: LineContext): RuleHit | RuleHit[] | undefined
}

export interface FileRule {
  kind: 'file'
  meta: RuleMeta
  check(file: FileUnderReview): RuleHit[]
}

export interface ChangesetRule {
  kind: 'changeset'
  meta: RuleMeta
  check(files: readonly FileUnderReview[]): ChangesetHit[]
}

export type Rule = LineRule | FileRule | ChangesetRule

// ---------------------------------------------------------------------------
// Engine input and output
// ---------------------------------------------------------------------------

export interface ReviewInputFile {
  path: string
  diff: string
  /** Optional full new-side text of the file (see `ParsedFile.content`). */
  content?: string
}

export interface ReviewOptions {
  min_severity?: Severity
  /** Rule ids or pack names to turn off. */
  disable?: string[]
  /** Rule ids or pack names to turn on even when the profile leaves them off. */
  enable?: string[]
  /** Glob patterns of paths not to review. */
  ignore_paths?: string[]
  /** Hard cap; the most severe findings are kept and the rest counted as truncated. */
  max_findings?: number
  profile?: Profile
  /** Review lock files, `dist/`, `vendor/`, minified files too. */
  include_generated?: boolean
}

/** Options as a submission stores them: the engine's, plus whether the AI reviewer runs. */
export interface SubmissionOptions extends ReviewOptions {
  ai?: boolean
}

export interface Finding {
  ruleId: string
  severity: Severity
  category: Category
  /** `null` only for changeset-level findings that concern no single file. */
  filePath: string | null
  /** New-side line; `null` for file- or changeset-level findings. */
  line: number | null
  endLine: number | null
  message: string
  suggestion: string | null
  /** Rule + path + normalised line content: survives line shifts between revisions. */
  fingerprint: string
  source: 'rule' | 'ai'
}

export interface FileReport {
  path: string
  oldPath?: string
  language: Language
  changeType: ChangeType
  binary: boolean
  additions: number
  deletions: number
  /** Why the file was not reviewed (generated, vendored, ignored by options, binary), if it was not. */
  skipped?: string
  problems: ParseProblem[]
}

export interface ReviewResult {
  files: FileReport[]
  findings: Finding[]
  /** Findings dropped by `max_findings`. */
  truncated: number
  /** Findings silenced by inline `review-ignore` comments. */
  suppressed: number
  /** Changeset-level trouble that belongs to no file (a changeset rule that threw). Always set by the engine. */
  problems?: ParseProblem[]
}
