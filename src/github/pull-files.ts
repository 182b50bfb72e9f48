import { D1_MAX_FILE_BYTES, type Limits } from '../config'
import { splitMultiFileDiff } from '../review'
import { detectLanguage } from '../review/language'
import { repoPath, type GitHubClient } from './client'
import { GitHubApiError } from './http'
import type { RepoRef } from './jobs'

interface PullFile {
  filename: string
  status: string
  changes: number
  patch?: string
}

export interface PullDiff {
  files: { file_path: string; diff_content: string; content?: string }[]
  /** Files left out, each with why: shown in the check run so nobody thinks they were reviewed. */
  skipped: string[]
}

// GitHub lists at most 3,000 files of a pull request, 100 a page.
const PAGE_SIZE = 100
const MAX_PAGES = 30
// Whole files help only where the engine parses syntax; each one is a subrequest, so they are capped.
const CONTENT_LANGUAGES = new Set(['python', 'javascript', 'typescript'])
const MAX_CONTENT_FILES = 50
const encoder = new TextEncoder()

/**
 * The pull request's changes as per-file diffs. Files GitHub lists without a `patch` (too large
 * for the files API) are taken from the whole-PR diff, fetched once; binary files and anything
 * over the service's limits are skipped and named.
 */
export async function fetchPullDiff(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  headSha: string,
  limits: Limits,
): Promise<PullDiff> {
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
  await addContents(client, repo, headSha, files, listed, limits)
  return { files, skipped }
}

/**
 * The whole new-side text of changed source files, so syntax rules see the code around the
 * diff. Best effort within the service's size limits: a file without it is still reviewed from
 * its diff.
 */
async function addContents(client: GitHubClient, repo: RepoRef, headSha: string, files: PullDiff['files'], listed: PullFile[], limits: Limits) {
  const removed = new Set(listed.filter((f) => f.status === 'removed').map((f) => f.filename))
  const wanted = files.filter((f) => !removed.has(f.file_path) && CONTENT_LANGUAGES.has(detectLanguage(f.file_path))).slice(0, MAX_CONTENT_FILES)
  for (const file of wanted) {
    const path = file.file_path.split('/').map(encodeURIComponent).join('/')
    const content = await client.text(`${repoPath(repo.owner, repo.name)}/contents/${path}?ref=${encodeURIComponent(headSha)}`, 'application/vnd.github.raw+json').catch((err) => {
      if (err instanceof GitHubApiError && !err.retryable) return null
      throw err
    })
    if (content === null || content.includes('\u0000')) continue
    const bytes = encoder.encode(content).length
    if (bytes <= limits.maxFileContentBytes && bytes + encoder.encode(file.diff_content).length <= D1_MAX_FILE_BYTES) file.content = content
  }
}

/** A `diff --git` section from the whole-PR diff, cut to its hunks (what the files API's `patch` holds). */
function hunksOnly(section: string): string {
  const at = section.search(/^@@/m)
  return at === -1 ? '' : section.slice(at)
}
