import type { ReviewJob } from './jobs'

export async function enqueueReview(env: Env, job: ReviewJob): Promise<void> {
  await env.REVIEW_QUEUE.send(job satisfies ReviewJob)
}
