/** A review-jobs message: review `revision` of a changeset. Small on purpose (queue messages cap at 128 KB). */
export interface ReviewJob {
  changesetId: string
  revision: number
}

export function isReviewJob(body: unknown): body is ReviewJob {
  if (typeof body !== 'object' || body === null) return false
  const job = body as Record<string, unknown>
  return typeof job.changesetId === 'string' && Number.isInteger(job.revision)
}

/** Exponential backoff for retried reviews, capped so a retry never outlives the pending grace period by much. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(2 ** Math.max(1, attempts), 60)
}
