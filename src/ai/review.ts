/**
 * The AI reviewer pass, run after the rule engine. It never throws: a slow, broken or absent
 * model degrades the review to rule findings plus a warning saying so. Chunks are reviewed
 * concurrently but assembled in diff order, so equal replies always give equal results.
 */
import type { Finding, ParsedFile, ReviewInputFile } from '../review/types'
import { Anchors, type AnchoredFinding } from './anchor'
import { callModel, formatSeconds, type CallOutcome } from './call'
import { planChunks, type Chunk } from './chunks'
import type { AiConfig } from './config'
import { maskSecrets } from './mask'
import { mergeAiFindings } from './merge'
import { MAX_SUMMARY_CHARS, parseAiReply } from './parse-reply'
import { forEachBounded } from './pool'
import { AI_REPLY_SCHEMA, buildPrompt, newBoundary } from './prompt'
import { describeAiFailure, type AiProvider } from './provider'
import { parseReviewFiles } from './review-files'

export interface AiReviewInput {
  title: string
  description: string | null
  files: ReviewInputFile[]
  /** Paths the engine skipped (generated, vendored, ignored, binary): not sent either. */
  skippedPaths: ReadonlySet<string>
  /** The engine's findings: listed in the prompt, used for masking and for merging. */
  ruleFindings: Finding[]
}

export interface AiReviewStats {
  /** Chunks planned for review (at most `AI_MAX_CHUNKS`). */
  chunks: number
  /** Model calls made, retries included. */
  calls: number
  failedCalls: number
  /** Unusable replies plus individual findings that failed validation. */
  droppedInvalid: number
  /** Findings whose path or line is not in the diff. */
  droppedUnanchored: number
  /** Findings on a line a rule already flagged, or duplicating another AI finding. */
  merged: number
  /** Chunks not reviewed: over `AI_MAX_CHUNKS`, or cut off by the time budget. */
  skippedChunks: number
  durationMs: number
}

export interface AiReviewResult {
  findings: Finding[]
  /** The model's summary of the change, for `description_ai`. */
  description: string | null
  warnings: string[]
  stats: AiReviewStats
}

export interface AiReviewHooks {
  /** After each chunk that got an answer or gave up; errors here are ignored. */
  onChunkDone?: (done: number, total: number) => void | Promise<void>
  now?: () => number
  /** The prompt's fence token; random by default. */
  boundary?: () => string
}

export async function runAiReview(
  input: AiReviewInput,
  provider: AiProvider,
  config: AiConfig,
  hooks: AiReviewHooks = {},
): Promise<AiReviewResult> {
  const now = hooks.now ?? Date.now
  const started = now()
  const stats: AiReviewStats = { chunks: 0, calls: 0, failedCalls: 0, droppedInvalid: 0, droppedUnanchored: 0, merged: 0, skippedChunks: 0, durationMs: 0 }
  const warnings: string[] = []
  let outcome: Pick<AiReviewResult, 'findings' | 'description'>
  try {
    outcome = await review(input, provider, config, hooks, { now, started, stats, warnings })
  } catch {
    // A bug here must not fail a review the rules already finished.
    outcome = { findings: [], description: null }
    warnings.push('AI reviewer failed unexpectedly; rule findings only')
  }
  stats.durationMs = Math.max(0, now() - started)
  return { ...outcome, warnings, stats }
}

interface RunState {
  now: () => number
  started: number
  stats: AiReviewStats
  warnings: string[]
}

async function review(input: AiReviewInput, provider: AiProvider, config: AiConfig, hooks: AiReviewHooks, state: RunState) {
  const { now, stats, warnings } = state
  const files = parseReviewFiles(input.files, input.skippedPaths)
  const plan = planChunks(maskSecrets(files, input.ruleFindings), config.chunkTokens, config.maxChunks)
  const total = plan.chunks.length
  stats.chunks = total
  stats.skippedChunks = plan.skippedChunks
  if (plan.skippedChunks > 0) {
    warnings.push(
      `AI reviewer covered the first ${total} of ${total + plan.skippedChunks} diff chunks (AI_MAX_CHUNKS=${config.maxChunks}); ` +
        `the rest of the diff (${plural(plan.skippedPaths.length, 'file')}) had rule findings only`,
    )
  }
  if (total === 0) return { findings: [], description: null }

  const deadline = state.started + config.timeBudgetMs
  const outcomes: Array<CallOutcome | undefined> = new Array(total)
  let stopped = false
  let done = 0
  await forEachBounded(total, config.concurrency, async (i) => {
    if (stopped || now() >= deadline) {
      stopped = true
      return
    }
    const chunk = plan.chunks[i]!
    const messages = buildPrompt({
      title: input.title,
      description: input.description,
      chunk,
      chunkIndex: i,
      chunkCount: total,
      ruleFindings: findingsIn(chunk, input.ruleFindings),
      boundary: (hooks.boundary ?? newBoundary)(),
    })
    const outcome = await callModel(provider, messages, {
      callTimeoutMs: config.callTimeoutMs,
      retries: config.retries,
      deadline,
      now,
      maxTokens: config.maxOutputTokens,
      schema: AI_REPLY_SCHEMA,
    })
    outcomes[i] = outcome
    stats.calls += outcome.calls
    stats.failedCalls += outcome.failedCalls
    if (outcome.outOfBudget) {
      stopped = true
      return
    }
    done++
    try {
      await hooks.onChunkDone?.(done, total)
    } catch {
      // Progress is best effort.
    }
  })

  return assemble(outcomes, files, input.ruleFindings, config, state)
}

function assemble(
  outcomes: ReadonlyArray<CallOutcome | undefined>,
  files: readonly ParsedFile[],
  ruleFindings: readonly Finding[],
  config: AiConfig,
  { stats, warnings }: RunState,
) {
  const total = outcomes.length
  const anchors = new Anchors(files)
  const anchored: AnchoredFinding[] = []
  const summaries: string[] = []
  const failures: unknown[] = []
  let answered = 0
  let unusable = 0
  let cut = 0
  for (const outcome of outcomes) {
    if (!outcome || outcome.outOfBudget) {
      cut++
      continue
    }
    if (outcome.text === undefined) {
      failures.push(outcome.error)
      continue
    }
    const reply = parseAiReply(outcome.text)
    if (!reply.ok) {
      unusable++
      continue
    }
    answered++
    stats.droppedInvalid += reply.droppedInvalid
    if (reply.summary) summaries.push(reply.summary)
    for (const finding of reply.findings) {
      const placed = anchors.anchor(finding)
      if (placed) anchored.push(placed)
      else stats.droppedUnanchored++
    }
  }
  stats.droppedInvalid += unusable
  stats.skippedChunks += cut

  if (cut > 0) {
    warnings.push(`AI reviewer stopped at its ${formatSeconds(config.timeBudgetMs)} time budget after ${total - cut} of ${total} chunks`)
  }
  if (failures.length > 0) {
    const reason = describeAiFailure(failures[0])
    warnings.push(
      answered === 0 && unusable === 0
        ? `AI reviewer unavailable (${reason}); rule findings only`
        : `AI reviewer failed on ${failures.length} of ${total} chunks (${reason}); its findings are partial`,
    )
  }
  if (unusable > 0) {
    warnings.push(`AI reviewer gave ${plural(unusable, 'unusable reply', 'unusable replies')} (not the expected JSON); those chunks have no AI findings`)
  }

  const { findings, merged } = mergeAiFindings(anchored, ruleFindings, config.maxSeverity)
  stats.merged = merged
  return { findings, description: combineSummaries(summaries) }
}

function findingsIn(chunk: Chunk, findings: readonly Finding[]): Finding[] {
  const paths = new Set(chunk.files.map((f) => f.path))
  return findings.filter((f) => f.filePath !== null && paths.has(f.filePath))
}

/** Each chunk summarises only its part; the first leads and the rest follow while they fit. */
function combineSummaries(summaries: readonly string[]): string | null {
  let out = ''
  for (const summary of summaries) {
    const next = out === '' ? summary : `${out} ${summary}`
    if (next.length > MAX_SUMMARY_CHARS) break
    out = next
  }
  return out === '' ? null : out
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
