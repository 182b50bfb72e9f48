import { createAiProvider, readAiConfig, runAiReview, type AiReviewResult } from '../ai'
import { ReviewOptionsSchema } from '../contracts/review-options'
import type { ClaimedChangeset } from '../db/review-runs'
import type { Logger } from '../log'
import { reviewChangeset } from '../review'
import type { ReviewBudget } from '../review/budget'
import { loadSyntaxRuntime } from '../review/syntax/runtime'
import type { Finding, ReviewOptions, ReviewResult, Rule } from '../review/types'
import type { ProgressReporter } from './progress'

export interface Analysis {
  engine: ReviewResult
  /** Rule findings followed by AI findings, ready to store. */
  findings: Finding[]
  /** `null` when no AI pass ran; a string (possibly the previous one) otherwise. */
  descriptionAi: string | null | undefined
  warnings: string[]
}

/**
 * The review itself: the rule engine, then (when the deployment has an AI reviewer and the
 * submission did not opt out) the AI pass. Nothing here writes; the caller commits.
 */
export async function analyzeRevision(
  env: Env,
  changeset: ClaimedChangeset,
  files: ReadonlyArray<{ path: string; diff: string; content?: string | null }>,
  progress: ProgressReporter,
  log: Logger,
  rules?: readonly Rule[],
  budget?: Partial<ReviewBudget>,
): Promise<Analysis> {
  // The full new-side text, when the client sent it, lets the flow pass see whole functions.
  const inputs = files.map((f) => ({ path: f.path, diff: f.diff, ...(typeof f.content === 'string' ? { content: f.content } : {}) }))
  await prepareSyntax(log)
  const engine = reviewChangeset(inputs, toEngineOptions(changeset.options), {
    onFileReviewed: (done) => progress.update(done),
    ...(rules ? { rules } : {}),
    ...(budget ? { budget } : {}),
  })
  progress.finish()
  const warnings = engineWarnings(engine)

  const ai = await runAiPass(env, changeset, inputs, engine, progress, log)
  if (ai) warnings.push(...ai.warnings)
  return {
    engine,
    findings: ai ? [...engine.findings, ...ai.findings] : engine.findings,
    descriptionAi: ai ? (ai.description ?? changeset.descriptionAi) : undefined,
    warnings,
  }
}

/** Stored options were validated on the way in; parse again so a bad row cannot reach the engine. */
function toEngineOptions(stored: unknown): ReviewOptions {
  const parsed = ReviewOptionsSchema.safeParse(stored ?? {})
  if (!parsed.success) return {}
  const { ai: _ai, ...engine } = parsed.data
  return engine
}

async function runAiPass(
  env: Env,
  changeset: ClaimedChangeset,
  files: { path: string; diff: string }[],
  engine: ReviewResult,
  progress: ProgressReporter,
  log: Logger,
): Promise<AiReviewResult | undefined> {
  const wanted = changeset.options?.ai
  if (wanted === false) return undefined
  const config = readAiConfig(env)
  const provider = createAiProvider(env, config)
  if (!provider) {
    if (wanted === true) return { findings: [], description: null, warnings: ['AI review was requested but this deployment has no AI reviewer configured'], stats: emptyStats() }
    return undefined
  }
  const result = await runAiReview(
    {
      title: changeset.title,
      description: changeset.description,
      files,
      skippedPaths: new Set(engine.files.filter((f) => f.skipped).map((f) => f.path)),
      ruleFindings: engine.findings,
    },
    provider,
    config,
    { onChunkDone: (done, total) => progress.phase('ai', done, total) },
  )
  await progress.phase('ai', 1, 1)
  log.info('review.ai_pass', { provider: provider.name, model: provider.model, ...result.stats, findings: result.findings.length, warnings: result.warnings.length })
  return result
}

/** Loads the parsers once per isolate; if that fails the engine falls back to line rules and says so per file. */
async function prepareSyntax(log: Logger): Promise<void> {
  try {
    await loadSyntaxRuntime()
  } catch (error) {
    log.error('review.syntax_unavailable', { error: error instanceof Error ? error.message : String(error) })
  }
}

function engineWarnings(engine: ReviewResult): string[] {
  const warnings: string[] = []
  if (engine.truncated > 0) warnings.push(`${engine.truncated} lower-severity findings were left out by the findings cap (max_findings)`)
  for (const problem of engine.problems ?? []) warnings.push(problem.message)
  for (const file of engine.files) for (const problem of file.problems) if (problem.fallback) warnings.push(problem.message)
  return warnings
}

function emptyStats(): AiReviewResult['stats'] {
  return { chunks: 0, calls: 0, failedCalls: 0, droppedInvalid: 0, droppedUnanchored: 0, merged: 0, skippedChunks: 0, durationMs: 0 }
}
