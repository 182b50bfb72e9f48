import { findChangesetById } from '../db/changesets'
import { getDb, nowIso } from '../db/client'
import { loadRevisionFiles } from '../db/files'
import { listAllFindings } from '../db/findings'
import {
  findInstallation,
  findPullRequestByChangeset,
  findPullRevision,
  linkCommentIds,
  listPostedFingerprints,
  setCheckRunCompleted,
  setCheckRunId,
  setReviewPosted,
} from '../db/github'
import type { FindingRow } from '../db/schema'
import type { Logger } from '../log'
import { buildReportInput, loadReport } from '../reports/load-report'
import { renderMarkdown } from '../reports/markdown'
import { SEVERITY_RANK } from '../review/types'
import { completeCheckRun, createCheckRun, type Annotation, type CheckRunOutput } from './check-run'
import { GitHubClient } from './client'
import type { GitHubAppConfig } from './config'
import type { PublishJob } from './jobs'
import { detailsUrl, type PushFacts } from './pull-request'
import { listReviewCommentIds, postReview, type ReviewTarget } from './review'

/**
 * After a revision's review commits (or fails): one PR review with the findings that are new
 * on this pull request, then the completed check run. Each step is recorded as it lands, so a
 * retried job (rate limit, outage) picks up where it stopped and posts nothing twice.
 */
export async function publishToGitHub(env: Env, config: GitHubAppConfig, job: PublishJob, log: Logger): Promise<void> {
  const db = getDb(env.DB)
  const row = await findPullRevision(db, job.changesetId, job.revision)
  if (!row || row.completedAt) return
  const [pr, changeset] = await Promise.all([findPullRequestByChangeset(db, job.changesetId), findChangesetById(db, job.changesetId)])
  if (!pr || !changeset) return
  const installation = await findInstallation(db, pr.installationId)
  if (installation?.status !== 'active') return

  const client = new GitHubClient(config, pr.installationId)
  const facts = row.config as unknown as PushFacts
  const target: ReviewTarget = { owner: pr.owner, repo: pr.repo, number: pr.number, headSha: row.headSha, revision: job.revision }
  const complete = async (output: CheckRunOutput) => {
    const checkRunId = row.checkRunId ?? (await createCheckRun(client, checkTarget()))
    if (row.checkRunId === null) await setCheckRunId(db, row.changesetId, row.revision, checkRunId)
    await completeCheckRun(client, pr.owner, pr.repo, checkRunId, output)
    await setCheckRunCompleted(db, row.changesetId, row.revision, nowIso())
  }
  const checkTarget = () => ({ owner: pr.owner, repo: pr.repo, headSha: row.headSha, detailsUrl: detailsUrl(config, pr.changesetId), externalId: pr.changesetId })

  if (changeset.revision !== job.revision) {
    await complete({ conclusion: 'neutral', title: 'Superseded', summary: `A later push (revision ${changeset.revision}) is being reviewed instead.` })
    return
  }
  if (changeset.status === 'failed') {
    await complete({ conclusion: 'neutral', title: 'Review failed', summary: `The review could not finish: ${changeset.lastError ?? 'unknown error'}` })
    return
  }
  if (changeset.status !== 'reviewed') return

  const findings = await listAllFindings(db, changeset.tenantId, changeset.id)
  const open = findings.filter((f) => f.status === 'open' && f.lastRevision === job.revision)

  if (pr.state === 'open') {
    if (row.reviewId === null) {
      const posted = await listPostedFingerprints(db, changeset.id)
      const fresh = open.filter((f) => f.filePath !== '' && !posted.has(f.fingerprint))
      if (fresh.length > 0) {
        const files = await loadRevisionFiles(db, changeset.id, job.revision)
        const review = await postReview(client, target, fresh, new Map(files.map((f) => [f.path, f.diff])), facts.maxInlineComments)
        await setReviewPosted(db, {
          changesetId: changeset.id,
          revision: job.revision,
          reviewId: review.reviewId,
          comments: review.findings.map((f) => ({ fingerprint: f.fingerprint, commentId: null })),
          now: nowIso(),
        })
        row.reviewId = review.reviewId
        log.info('github.review_posted', { changeset_id: changeset.id, revision: job.revision, findings: fresh.length, inline: review.findings.filter((f) => f.inline).length })
      }
    }
    // Separate from posting, so a failure here retries the lookup and never the review.
    if (row.reviewId !== null) await linkCommentIds(db, changeset.id, await listReviewCommentIds(client, target, row.reviewId))
  }

  const failRank = facts.failOn === 'none' ? -1 : SEVERITY_RANK[facts.failOn]
  const failing = open.filter((f) => f.severityRank <= failRank)
  const report = await loadReport(db, changeset.tenantId, changeset.id)
  const markdown = report ? renderMarkdown(buildReportInput(report, config.publicBaseUrl ?? '', env.APP_VERSION ?? '')) : ''
  const skipped = facts.skipped.length > 0 ? `\n\n### Not reviewed\n\n${facts.skipped.map((s) => `- ${s}`).join('\n')}\n` : ''
  await complete({
    conclusion: failing.length > 0 ? 'failure' : 'success',
    title: checkTitle(open.length, failing.length, facts.failOn),
    summary: markdown + skipped,
    annotations: open.filter((f) => f.filePath !== '').map(toAnnotation),
  })
}

function checkTitle(open: number, failing: number, failOn: PushFacts['failOn']): string {
  if (open === 0) return 'No open findings'
  const base = `${open} open finding${open === 1 ? '' : 's'}`
  return failing > 0 ? `${base}, ${failing} at or above ${failOn}` : base
}

function toAnnotation(finding: FindingRow): Annotation {
  const start = finding.line ?? 1
  return {
    path: finding.filePath,
    start_line: start,
    end_line: finding.endLine !== null && finding.endLine > start ? finding.endLine : start,
    annotation_level: finding.severityRank <= SEVERITY_RANK.major ? 'failure' : finding.severity === 'minor' ? 'warning' : 'notice',
    title: `${finding.severity}: ${finding.ruleId}`,
    message: finding.suggestion ? `${finding.message}\n\nSuggestion: ${finding.suggestion}` : finding.message,
  }
}
