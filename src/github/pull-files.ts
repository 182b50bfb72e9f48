import type { Limits } from '../config'
import { splitMultiFileDiff } from '../review'
import { repoPath, type GitHubClient } from './client'
import type { RepoRef } from './jobs'

interface PullFile {
  filename: string
  status: string
  changes: number
  patch?: string
}

export interface PullDiff {
  files: { file_path: string; diff_content: string }[]
  /** Files left out, each with why: shown in the check run so nobody thinks they were reviewed. */
  skipped: string[]
}

// GitHub lists at most 3,000 files of a pull request, 100 a page.
const PAGE_SIZE = 100
const MAX_PAGES = 30
const encoder = new TextEncoder()

/**
 * The pull request's changes as per-file diffs. Files GitHub lists without a `patch` (too large
 * for the files API) are taken from the whole-PR diff, fetched once; binary files and anything
 * over the service's limits are skipped and named.
 */
export async function fetchPullDiff(client: GitHubClient, repo: RepoRef, number: number, limits: Limits): Promise<PullDiff> {
  const base = `${repoPath(repo.owner, repo.name)}/pulls/${number}`
  const listed: PullFile[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const batch = await client.json<PullFile[]>('GET', `${base}/files?per_page=${PAGE_SIZE}&page=${page}`)
    listed.push(...batch)
    if (batch.length < PAGE_SIZE) break
  }

  let whole: Map<string, string> | undefined
  const files: PullDiff['files'] = []
  const skipped: string[] = []
  let added = 0
  for (const file of listed) {
    let diff = file.patch
    if (diff === undefined && file.changes > 0) {
      whole ??= new Map(
        splitMultiFileDiff(await client.text(base, 'application/vnd.github.v3.diff')).map((f) => [f.path, hunksOnly(f.diff)]),
      )
      diff = whole.get(file.filename)
    }
    if (diff === undefined || diff === '') {
      skipped.push(`${file.filename}: no text diff (binary, or too large for GitHub to show)`)
      continue
    }
    if (!diff.endsWith('\n')) diff += '\n'
    const bytes = encoder.encode(diff).length
    if (bytes > limits.maxFileDiffBytes) {
      skipped.push(`${file.filename}: diff of ${bytes} bytes is over MAX_FILE_DIFF_BYTES (${limits.maxFileDiffBytes})`)
      continue
    }
    if (files.length >= limits.maxFiles) {
      skipped.push(`${file.filename}: over MAX_FILES (${limits.maxFiles})`)
      continue
    }
    const additions = diff.split('\n').filter((line) => line.startsWith('+')).length
    if (added + additions > limits.maxAddedLines) {
      skipped.push(`${file.filename}: over MAX_ADDED_LINES (${limits.maxAddedLines}) for the pull request`)
      continue
    }
    added += additions
    files.push({ file_path: file.filename, diff_content: diff })
  }
  return { files, skipped }
}

/** A `diff --git` section from the whole-PR diff, cut to its hunks (what the files API's `patch` holds). */
function hunksOnly(section: string): string {
  const at = section.search(/^@@/m)
  return at === -1 ? '' : section.slice(at)
}
