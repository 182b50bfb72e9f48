/**
 * Asking for a review: the review-jobs message, how it is sent, and the timing every party to it
 * keeps (the submitter arms the watchdog with it, the consumers back off by it, recovery waits
 * for it). The queue consumes what is defined here; it is not defined by the queue, so the
 * domain that submits never imports the consumer.
 */

/** A review-jobs message: review `revision` of a changeset. Small on purpose (queue messages cap at 128 KB). */
export interface ReviewJob {
  changesetId: string
  revision: number
}

/** How long a changeset may sit in `pending` before its queue message is presumed lost. */
export const PENDING_GRACE_MS = 30_000

export function isReviewJob(body: unknown): body is ReviewJob {
  if (typeof body !== 'object' || body === null) return false
  const job = body as Record<string, unknown>
  return typeof job.changesetId === 'string' && Number.isInteger(job.revision)
}

export async function enqueueReview(env: Env, job: ReviewJob): Promise<void> {
  await env.REVIEW_QUEUE.send(job satisfies ReviewJob)
}

/** Exponential backoff for retried messages, capped so a retry never outlives the pending grace period by much. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(2 ** Math.max(1, attempts), 60)
}
