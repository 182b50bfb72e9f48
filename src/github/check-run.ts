import { repoPath, type GitHubClient } from './client'

export const CHECK_RUN_NAME = 'Code Review Assistant'
// GitHub's caps: 50 annotations per request, 65,535 characters of summary.
const ANNOTATIONS_PER_REQUEST = 50
const MAX_SUMMARY_CHARS = 65_000

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  message: string
  title: string
}

export interface CheckRunTarget {
  owner: string
  repo: string
  headSha: string
  detailsUrl: string | null
  externalId: string
}

export async function createCheckRun(client: GitHubClient, target: CheckRunTarget, output?: CheckRunOutput): Promise<number> {
  const body = {
    name: CHECK_RUN_NAME,
    head_sha: target.headSha,
    external_id: target.externalId,
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    ...(output
      ? { status: 'completed', conclusion: output.conclusion, completed_at: new Date().toISOString(), output: { title: output.title, summary: clip(output.summary) } }
      : { status: 'in_progress', started_at: new Date().toISOString() }),
  }
  const created = await client.json<{ id: number }>('POST', `${repoPath(target.owner, target.repo)}/check-runs`, body)
  return created.id
}

export interface CheckRunOutput {
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  summary: string
  annotations?: Annotation[]
}

/** Completes a check run; annotations beyond the first 50 follow in further updates, as GitHub requires. */
export async function completeCheckRun(client: GitHubClient, owner: string, repo: string, id: number, output: CheckRunOutput): Promise<void> {
  const path = `${repoPath(owner, repo)}/check-runs/${id}`
  const annotations = output.annotations ?? []
  const text = { title: output.title, summary: clip(output.summary) }
  await client.json('PATCH', path, {
    status: 'completed',
    conclusion: output.conclusion,
    completed_at: new Date().toISOString(),
    output: { ...text, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
  })
  for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    await client.json('PATCH', path, { output: { ...text, annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST) } })
  }
}

function clip(summary: string): string {
  return summary.length <= MAX_SUMMARY_CHARS ? summary : `${summary.slice(0, MAX_SUMMARY_CHARS)}\n\n… (truncated; the full report is in the service)`
}
