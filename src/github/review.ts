import type { FindingRow } from '../db/schema'
import { codeSpan, formatInline } from '../reports/markdown-escape'
import { SEVERITY_LABEL } from '../reports/markdown-findings'
import { cweOf, cweUrl, parseUnifiedDiff } from '../review'
import { repoPath, type GitHubClient } from './client'
import { GitHubApiError } from './http'

export interface ReviewTarget {
  owner: string
  repo: string
  number: number
  headSha: string
  revision: number
}

interface ReviewComment {
  path: string
  line: number
  side: 'RIGHT'
  start_line?: number
  start_side?: 'RIGHT'
  body: string
}

export interface PostedReview {
  reviewId: number
  /** Every finding the review carries; `inline` says whether it sits on a line or in the body. */
  findings: { fingerprint: string; inline: boolean }[]
}

const MAX_LISTED = 100
const MARKER = /<!-- cra:([\w-]+) -->/

/**
 * One review for a revision: an inline comment for each finding up to `maxInline`, on a line
 * GitHub accepts (an added or context line of the file's diff); the rest are listed in the
 * body. If GitHub still refuses a comment's position (422), the review goes again with every
 * finding in the body, so none is lost.
 */
export async function postReview(
  client: GitHubClient,
  target: ReviewTarget,
  findings: readonly FindingRow[],
  diffs: ReadonlyMap<string, string>,
  maxInline: number,
): Promise<PostedReview> {
  const commentable = new Map<string, Map<number, number>>()
  const linesOf = (path: string) => {
    let lines = commentable.get(path)
    if (!lines) {
      lines = rightSideLines(diffs.get(path) ?? '')
      commentable.set(path, lines)
    }
    return lines
  }
  const inline: { finding: FindingRow; comment: ReviewComment }[] = []
  const inBody: FindingRow[] = []
  for (const finding of findings) {
    const comment = inline.length < maxInline ? placeComment(finding, linesOf(finding.filePath)) : null
    if (comment) inline.push({ finding, comment })
    else inBody.push(finding)
  }

  const path = `${repoPath(target.owner, target.repo)}/pulls/${target.number}/reviews`
  const send = (comments: typeof inline, listed: FindingRow[]) =>
    client.json<{ id: number }>('POST', path, {
      commit_id: target.headSha,
      event: 'COMMENT',
      body: reviewBody(target.revision, findings.length, listed),
      comments: comments.map((c) => c.comment),
    })
  let review: { id: number }
  let placed = inline
  try {
    review = await send(inline, inBody)
  } catch (err) {
    if (!(err instanceof GitHubApiError) || err.status !== 422 || inline.length === 0) throw err
    placed = []
    review = await send([], [...inline.map((c) => c.finding), ...inBody])
  }
  const onLine = new Set(placed.map((c) => c.finding.fingerprint))
  return { reviewId: review.id, findings: findings.map((f) => ({ fingerprint: f.fingerprint, inline: onLine.has(f.fingerprint) })) }
}

/** Maps a posted review's comments back to findings through the marker each comment carries. */
export async function listReviewCommentIds(client: GitHubClient, target: ReviewTarget, reviewId: number): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  const base = `${repoPath(target.owner, target.repo)}/pulls/${target.number}/reviews/${reviewId}/comments?per_page=100`
  for (let page = 1; page <= 10; page++) {
    const comments = await client.json<{ id: number; body: string }[]>('GET', `${base}&page=${page}`)
    for (const comment of comments) {
      const fingerprint = MARKER.exec(comment.body)?.[1]
      if (fingerprint) ids.set(fingerprint, comment.id)
    }
    if (comments.length < 100) break
  }
  return ids
}

/** New-side lines GitHub lets a RIGHT comment sit on, each with its hunk (a range must stay in one). */
export function rightSideLines(diff: string): Map<number, number> {
  const lines = new Map<number, number>()
  parseUnifiedDiff(diff, 'file')[0]?.hunks.forEach((hunk, index) => {
    for (const line of hunk.lines) if (line.newLine !== undefined) lines.set(line.newLine, index)
  })
  return lines
}

function placeComment(finding: FindingRow, lines: Map<number, number>): ReviewComment | null {
  if (finding.line === null || !lines.has(finding.line)) return null
  const body = commentBody(finding)
  const end = finding.endLine
  if (end !== null && end > finding.line && lines.get(end) === lines.get(finding.line)) {
    return { path: finding.filePath, start_line: finding.line, start_side: 'RIGHT', line: end, side: 'RIGHT', body }
  }
  return { path: finding.filePath, line: finding.line, side: 'RIGHT', body }
}

function commentBody(finding: FindingRow): string {
  const weaknesses = cweOf(finding.ruleId).map((id) => `[${id}](${cweUrl(id)})`)
  return [
    [`**${SEVERITY_LABEL[finding.severity]}**`, codeSpan(finding.ruleId), finding.category, ...weaknesses].join(' · '),
    '',
    formatInline(finding.message),
    ...(finding.suggestion?.trim() ? ['', `**Suggestion:** ${formatInline(finding.suggestion)}`] : []),
    '',
    '<sub>Reply `/dismiss <reason>` to dismiss this finding, `/reopen` to reopen it.</sub>',
    `<!-- cra:${finding.fingerprint} -->`,
  ].join('\n')
}

function reviewBody(revision: number, total: number, listed: readonly FindingRow[]): string {
  const lines = [`**Code Review Assistant** found ${total} new finding${total === 1 ? '' : 's'} in this push (revision ${revision}).`]
  if (listed.length > 0) {
    lines.push('', 'Not shown inline:', '')
    // GitHub caps a review body at 65,536 characters; the check run's report lists them all.
    for (const f of listed.slice(0, MAX_LISTED)) {
      const at = f.line === null ? f.filePath || 'changeset' : `${f.filePath}:${f.line}`
      lines.push(`- **${SEVERITY_LABEL[f.severity]}** ${codeSpan(at)} ${codeSpan(f.ruleId)}: ${formatInline(f.message.slice(0, 300))}`)
    }
    if (listed.length > MAX_LISTED) lines.push(`- … and ${listed.length - MAX_LISTED} more in the check run`)
  }
  return lines.join('\n')
}
