import { D1_MAX_FILE_BYTES, type Limits } from '../config'
import type { SubmittedFileRow } from '../db/changesets'
import { ApiError, validationFailed, type ErrorDetail } from '../errors'
import { splitMultiFileDiff } from '../review'
import { normalizeFilePath } from './paths'

export interface DiffSource {
  files?: { file_path: string; diff_content: string; content?: string }[]
  diff?: string
}

export interface PreparedFile {
  path: string
  diff: string
  /** The client's full new-side text, if it sent one. */
  content: string | null
  additions: number
  deletions: number
}

const encoder = new TextEncoder()

/**
 * Turns a submission's diffs into validated files, enforcing every configured limit before
 * anything is written. Limits that are about size answer 413; a malformed path answers 422.
 */
export function prepareFiles(source: DiffSource, limits: Limits): PreparedFile[] {
  const fromDiff = source.diff !== undefined
  const raw = fromDiff
    ? splitMultiFileDiff(source.diff ?? '').map((file) => ({ file_path: file.path, diff_content: file.diff, content: undefined }))
    : (source.files ?? [])
  const field = fromDiff ? 'json.diff' : 'json.files'

  if (raw.length === 0) {
    throw validationFailed([{ path: field, message: 'contains no file diffs' }])
  }
  if (raw.length > limits.maxFiles) {
    throw limitError('MAX_FILES', `${raw.length} files exceed MAX_FILES (${limits.maxFiles})`)
  }

  const problems: ErrorDetail[] = []
  const seen = new Map<string, number>()
  const files: PreparedFile[] = []
  let totalAdded = 0
  raw.forEach((file, index) => {
    const checked = normalizeFilePath(file.file_path, limits.maxPathLength)
    const at = fromDiff ? `${field} (file ${file.file_path.slice(0, 200)})` : `${field}.${index}.file_path`
    if (!checked.ok) {
      problems.push({ path: at, message: `file_path ${checked.reason}` })
      return
    }
    const previous = seen.get(checked.path)
    if (previous !== undefined) {
      problems.push({ path: at, message: `duplicates file ${previous} (${checked.path})` })
      return
    }
    seen.set(checked.path, index)
    const bytes = encoder.encode(file.diff_content).length
    if (bytes > limits.maxFileDiffBytes) {
      throw limitError(
        'MAX_FILE_DIFF_BYTES',
        `the diff of ${checked.path} is ${bytes} bytes, over MAX_FILE_DIFF_BYTES (${limits.maxFileDiffBytes})`,
      )
    }
    const content = file.content ?? null
    if (content !== null) checkContentSize(checked.path, encoder.encode(content).length, bytes, limits)
    const { additions, deletions } = countChangedLines(file.diff_content)
    totalAdded += additions
    files.push({ path: checked.path, diff: file.diff_content, content, additions, deletions })
  })
  if (problems.length > 0) throw validationFailed(problems)
  if (totalAdded > limits.maxAddedLines) {
    throw limitError('MAX_ADDED_LINES', `${totalAdded} added lines exceed MAX_ADDED_LINES (${limits.maxAddedLines})`)
  }
  return files
}

/** A file is one D1 row, so its content must also fit next to its diff, whatever the limits say. */
function checkContentSize(path: string, bytes: number, diffBytes: number, limits: Limits): void {
  if (bytes > limits.maxFileContentBytes) {
    throw limitError(
      'MAX_FILE_CONTENT_BYTES',
      `the content of ${path} is ${bytes} bytes, over MAX_FILE_CONTENT_BYTES (${limits.maxFileContentBytes})`,
    )
  }
  if (bytes + diffBytes > D1_MAX_FILE_BYTES) {
    throw limitError(
      'MAX_FILE_CONTENT_BYTES',
      `the content of ${path} is ${bytes} bytes and its diff ${diffBytes}: together over the ${D1_MAX_FILE_BYTES} bytes a stored file holds; send it without content`,
    )
  }
}

function limitError(limit: string, message: string): ApiError {
  return new ApiError('payload_too_large', message, { details: [{ path: limit, message }] })
}

/** Counts `+`/`-` lines outside file headers; the parser refines these after review. */
export function countChangedLines(diff: string): { additions: number; deletions: number } {
  let additions = 0
  let deletions = 0
  let inHunk = false
  for (const line of diff.split('\n')) {
    if (line.startsWith('@@')) inHunk = true
    else if (line.startsWith('diff --git ')) inHunk = false
    else if (!inHunk) continue
    else if (line.startsWith('+')) additions++
    else if (line.startsWith('-')) deletions++
  }
  return { additions, deletions }
}

/** The rows a revision's files are stored as, in submission order, plus the revision's totals. */
export function toFileRows(files: PreparedFile[], at: { changesetId: string; tenantId: string; revision: number }) {
  return {
    files: files.map(
      (file, position): SubmittedFileRow => ({
        id: crypto.randomUUID(),
        changesetId: at.changesetId,
        tenantId: at.tenantId,
        revision: at.revision,
        position,
        filePath: file.path,
        diffContent: file.diff,
        content: file.content,
        additions: file.additions,
        deletions: file.deletions,
      }),
    ),
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
  }
}
