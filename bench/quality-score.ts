/**
 * Scores an engine against the labelled corpus. Pure (no fs), so the CLI and the workerd guard
 * test share it. Each case is reviewed on its own, as its own pull request would be, unless it
 * names a changeset (below).
 *
 * A finding is a hit when its kind equals the kind of a positive label whose statement span it
 * overlaps. Any other finding on a labelled statement is a false positive; a finding on an
 * unlabelled added line is noise. Recall counts labels, precision counts findings. Cases that
 * name one `changeset=` in a folder are reviewed together, as one pull request's files.
 */
import { reviewChangeset } from '../src/review/engine'
import type { Finding, Profile, ReviewInputFile, ReviewOptions, ReviewResult } from '../src/review/types'
import { CORPUS_LANGUAGES, type CorpusCase, type CorpusLanguage, type CorpusProblem, type Label } from './quality-case'
import { buildDiff } from './quality-diff'
import { kindOf, satisfies, type KindLookup } from './quality-kinds'

export type ReviewFn = (inputs: readonly ReviewInputFile[], options: ReviewOptions) => Pick<ReviewResult, 'findings'>

export type Outcome = 'hit' | 'look-alike' | 'wrong-kind' | 'noise'

export interface ScoredFinding {
  caseId: string
  /** Line in the corpus file (header included), for file:line output. */
  corpusLine: number
  ruleId: string
  kind: string
  outcome: Outcome
  message: string
  code: string
  /** For noise: the corpus line of a positive of the same kind a few lines below (reported early, not at the sink). */
  before?: number
}

/** How far above a positive a finding of its kind is taken for the same flow reported early. */
const EARLY_WINDOW = 20

export interface ScoredLabel {
  caseId: string
  corpusLine: number
  label: Label
  hit: boolean
  /** Kinds of the findings that landed on this statement without matching it. */
  otherKinds: string[]
  code: string
}

export interface Tally {
  cases: number
  addedLines: number
  unlabelledLines: number
  positives: number
  hits: number
  lookAlikes: number
  truePositives: number
  falsePositives: number
  noise: number
}

export interface QualityReport {
  profile: Profile
  overall: Tally
  byLanguage: Record<CorpusLanguage, Tally>
  /** Keyed by kind; label counts from labels of the kind, finding counts from findings of it. */
  byKind: Record<string, Tally>
  /** Keyed by `${language} ${kind}`. */
  byLanguageKind: Record<string, Tally>
  labels: ScoredLabel[]
  findings: ScoredFinding[]
  /** Findings with no line (file- and changeset-level), by rule id. */
  lineless: Record<string, number>
  /** Rule ids seen that are not in RULE_KINDS, and how they were mapped. */
  unmapped: Record<string, KindLookup>
  problems: CorpusProblem[]
}

export function emptyTally(): Tally {
  return { cases: 0, addedLines: 0, unlabelledLines: 0, positives: 0, hits: 0, lookAlikes: 0, truePositives: 0, falsePositives: 0, noise: 0 }
}

export const recall = (t: Tally): number | null => (t.positives === 0 ? null : t.hits / t.positives)
export const precision = (t: Tally): number | null => {
  const reported = t.truePositives + t.falsePositives
  return reported === 0 ? null : t.truePositives / reported
}
export const noisePer1k = (t: Tally): number | null => (t.unlabelledLines === 0 ? null : (t.noise * 1000) / t.unlabelledLines)

function overlaps(label: Label, from: number, to: number): boolean {
  return from <= label.endLine && to >= label.startLine
}

function bucket<K extends string>(map: Record<K, Tally>, key: K): Tally {
  return (map[key] ??= emptyTally())
}

export function scoreCorpus(cases: readonly CorpusCase[], options: { profile?: Profile; review?: ReviewFn } = {}): QualityReport {
  const profile = options.profile ?? 'default'
  const review: ReviewFn = options.review ?? ((inputs, opts) => reviewChangeset(inputs, opts))
  const report: QualityReport = {
    profile,
    overall: emptyTally(),
    byLanguage: Object.fromEntries(CORPUS_LANGUAGES.map((l) => [l, emptyTally()])) as Record<CorpusLanguage, Tally>,
    byKind: {},
    byLanguageKind: {},
    labels: [],
    findings: [],
    lineless: {},
    unmapped: {},
    problems: [],
  }
  const together = changesets(cases, report.problems)
  const reviewed = new Map<string, Finding[]>()
  for (const c of cases) {
    const group = c.changeset === undefined ? undefined : together.get(changesetKey(c))
    let findings: Finding[]
    if (!group) findings = review([{ path: c.path, diff: buildDiff(c.path, c.after, c.before).text }], { profile }).findings
    else {
      const key = changesetKey(c)
      let all = reviewed.get(key)
      if (!all) reviewed.set(key, (all = review(group.map((g) => ({ path: g.path, diff: buildDiff(g.path, g.after, g.before).text })), { profile }).findings))
      // Each file is scored on its own findings; the changeset's own (no file) are counted once, with its first file.
      findings = all.filter((f) => (f.filePath === null ? group[0] === c : f.filePath === c.path))
    }
    scoreCase(c, findings, report)
  }
  return report
}

function changesetKey(c: CorpusCase): string {
  return `${c.language}/${c.category}/${c.changeset}`
}

/** Cases sharing a `changeset=` name in one folder, in corpus order; two files of one changeset under one path are a problem. */
function changesets(cases: readonly CorpusCase[], problems: CorpusProblem[]): Map<string, CorpusCase[]> {
  const groups = new Map<string, CorpusCase[]>()
  for (const c of cases) {
    if (c.changeset === undefined) continue
    const key = changesetKey(c)
    let group = groups.get(key)
    if (!group) groups.set(key, (group = []))
    if (group.some((g) => g.path === c.path)) problems.push({ id: c.id, message: `changeset ${c.changeset} already has a file at ${c.path}` })
    group.push(c)
  }
  return groups
}

function scoreCase(c: CorpusCase, findings: readonly Finding[], report: QualityReport): void {
  const diff = buildDiff(c.path, c.after, c.before)
  const tallies = (kind?: string): Tally[] => [
    report.overall,
    report.byLanguage[c.language],
    ...(kind === undefined ? [] : [bucket(report.byKind, kind), bucket(report.byLanguageKind, `${c.language} ${kind}`)]),
  ]
  for (const t of tallies()) {
    t.cases++
    t.addedLines += diff.added.size
  }
  const labels = c.labels.filter((label) => {
    if (label.polarity === 'also' || diff.added.has(label.line)) return true
    report.problems.push({ id: c.id, line: label.line + c.offset, message: 'label on a line the change does not add' })
    return false
  })
  const covered = new Set<number>()
  for (const label of labels) for (let l = label.startLine; l <= label.endLine; l++) covered.add(l)
  const positives = labels.filter((label) => label.polarity === 'expect')
  /** The positive an `also` line belongs to: the nearest one of a kind the finding satisfies. */
  const ownerOf = (also: Label, kind: string): Label | undefined =>
    positives
      .filter((p) => satisfies(p.kind, kind) && satisfies(also.kind, kind))
      .sort((a, b) => Math.abs(a.line - also.line) - Math.abs(b.line - also.line))[0]
  let unlabelled = 0
  for (const line of diff.added) if (!covered.has(line)) unlabelled++
  for (const t of tallies()) t.unlabelledLines += unlabelled

  const hitLabels = new Set<Label>()
  const otherKinds = new Map<Label, string[]>()
  for (const f of findings) {
    const lookup = kindOf(f.ruleId)
    if (lookup.via !== 'table') report.unmapped[f.ruleId] = lookup
    if (f.line === null || f.line === 0) {
      report.lineless[f.ruleId] = (report.lineless[f.ruleId] ?? 0) + 1
      continue
    }
    const from = f.line
    const to = f.endLine ?? f.line
    const touching = labels.filter((label) => overlaps(label, from, to))
    const matched = touching.filter((label) => label.polarity === 'expect' && satisfies(label.kind, lookup.kind))
    for (const also of touching.filter((label) => label.polarity === 'also')) {
      const owner = ownerOf(also, lookup.kind)
      if (owner) matched.push(owner)
    }
    let outcome: Outcome
    if (matched.length > 0) {
      outcome = 'hit'
      for (const label of matched) hitLabels.add(label)
    } else if (touching.some((label) => label.polarity !== 'also')) {
      outcome = touching.some((label) => label.polarity === 'ok') ? 'look-alike' : 'wrong-kind'
      for (const label of touching) otherKinds.set(label, [...(otherKinds.get(label) ?? []), lookup.kind])
    } else {
      // Unlabelled, or on an `also` line of another kind: either way nothing there should be reported.
      outcome = 'noise'
    }
    for (const t of tallies(lookup.kind)) {
      if (outcome === 'hit') t.truePositives++
      else if (outcome === 'noise') t.noise++
      else t.falsePositives++
    }
    const scored: ScoredFinding = { caseId: c.id, corpusLine: from + c.offset, ruleId: f.ruleId, kind: lookup.kind, outcome, message: f.message, code: c.after[from - 1]?.trim() ?? '' }
    if (outcome === 'noise') {
      const sink = labels.find((l) => l.polarity === 'expect' && satisfies(l.kind, lookup.kind) && l.line > from && l.line - from <= EARLY_WINDOW)
      if (sink) scored.before = sink.line + c.offset
    }
    report.findings.push(scored)
  }
  for (const label of positives.concat(labels.filter((l) => l.polarity === 'ok'))) {
    const hit = hitLabels.has(label)
    for (const t of tallies(label.kind)) {
      if (label.polarity === 'ok') {
        t.lookAlikes++
        continue
      }
      t.positives++
      if (hit) t.hits++
    }
    report.labels.push({ caseId: c.id, corpusLine: label.line + c.offset, label, hit, otherKinds: otherKinds.get(label) ?? [], code: c.after[label.line - 1]?.trim() ?? '' })
  }
}
