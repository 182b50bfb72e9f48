// The diff to review, split per file, and checked against the limits the service reports on
// `/health` before anything is sent, so a big branch hears which limit it hit and by how much.
import { CliError, EXIT } from './errors.mjs'
import { readDiff, readDiffStats, readNewSide, resolveBase } from './git.mjs'

const encoder = new TextEncoder()

/**
 * @typedef {{ path: string, diff: string, bytes: number, additions: number, deletions: number, binary: boolean, deleted: boolean }} ChangedFile
 * @typedef {{ base: { label: string, commit: string | null }, diff: string, files: ChangedFile[], staged: boolean }} Changes
 */

/** @returns {Changes} */
export function collectChanges({ base, staged = false, paths = [] }, cwd) {
  const resolved = resolveBase({ base, staged }, cwd)
  return { base: resolved, ...readChanges({ commit: resolved.commit, staged, paths }, cwd), staged }
}

/**
 * One selection's diff split per file with git's own stats. `commit` may also be a `from..to`
 * range (bench/replay.mjs submits each past commit against its parent this way).
 * @param {{ commit: string | null, staged: boolean, paths: string[] }} selection
 * @returns {{ diff: string, files: ChangedFile[] }}
 */
export function readChanges(selection, cwd) {
  const diff = readDiff(selection, cwd)
  const chunks = splitDiff(diff)
  const stats = readDiffStats(selection, cwd)
  const files = chunks.map((chunk, i) => {
    const stat = stats.length === chunks.length ? stats[i] : undefined
    return {
      path: stat?.path ?? pathFromHeader(chunk),
      diff: chunk,
      bytes: encoder.encode(chunk).length,
      ...countChangedLines(chunk),
      binary: stat?.binary ?? /^Binary files /m.test(chunk),
      deleted: stat?.deleted ?? /^deleted file mode /m.test(chunk),
    }
  })
  return { diff, files }
}

/** Splits `git diff` output at each `diff --git` header, keeping every byte. */
export function splitDiff(diff) {
  if (diff === '') return []
  const starts = []
  const re = /^diff --git /gm
  for (let m = re.exec(diff); m; m = re.exec(diff)) starts.push(m.index)
  if (starts.length === 0) return [diff]
  return starts.map((start, i) => diff.slice(start, starts[i + 1] ?? diff.length))
}

function pathFromHeader(chunk) {
  const header = chunk.slice(0, chunk.indexOf('\n') >>> 0)
  return header.match(/ b\/(.*)$/)?.[1] ?? header.replace(/^diff --git /, '')
}

/** The service's count: `+`/`-` lines inside hunks, never the `+++`/`---` headers. */
export function countChangedLines(diff) {
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

/**
 * @typedef {{ max_body_bytes: number, max_files: number, max_file_diff_bytes: number, max_added_lines: number, max_path_length: number }} Limits
 */

/**
 * Throws (exit 2) naming the first limit the changes exceed.
 * @param {ChangedFile[]} files
 * @param {Partial<Limits>} limits
 */
export function checkLimits(files, limits) {
  const narrow = 'narrow the review with -- <paths>'
  const over = (message) => new CliError(EXIT.USAGE, message)
  if (limits.max_files && files.length > limits.max_files) {
    throw over(`The diff touches ${files.length} files, over the service's limit of ${limits.max_files} (MAX_FILES); ${narrow}`)
  }
  for (const file of files) {
    if (limits.max_file_diff_bytes && file.bytes > limits.max_file_diff_bytes) {
      throw over(
        `The diff of ${file.path} is ${formatBytes(file.bytes)}, over the service's per-file limit of ${formatBytes(limits.max_file_diff_bytes)} ` +
          `(MAX_FILE_DIFF_BYTES); leave it out with -- . ':!${file.path}'`,
      )
    }
    if (limits.max_path_length && encoder.encode(file.path).length > limits.max_path_length) {
      throw over(`The path ${file.path.slice(0, 80)}… is longer than the service's limit of ${limits.max_path_length} bytes (MAX_PATH_LENGTH)`)
    }
  }
  const added = files.reduce((n, f) => n + f.additions, 0)
  if (limits.max_added_lines && added > limits.max_added_lines) {
    throw over(`The diff adds ${added} lines, over the service's limit of ${limits.max_added_lines} (MAX_ADDED_LINES); ${narrow}`)
  }
}

/** Throws (exit 2) when the request body itself would be refused. */
export function checkBodySize(bytes, limits) {
  if (limits.max_body_bytes && bytes > limits.max_body_bytes) {
    throw new CliError(
      EXIT.USAGE,
      `The submission is ${formatBytes(bytes)}, over the service's request limit of ${formatBytes(limits.max_body_bytes)} (MAX_BODY_BYTES); narrow the review with -- <paths>`,
    )
  }
}

/**
 * Whole new-side contents for the files that have one, as long as the body stays under the
 * limit: they are context for the reviewer, so leaving some out is better than refusing.
 * `readFile` gives one path's new side (default: the working tree, or the index when staged).
 * @returns {{ contents: Map<string, string>, leftOut: number }}
 */
export function collectContents(changes, root, budgetBytes, maxFileBytes, readFile = (filePath) => readNewSide(filePath, { staged: changes.staged }, root)) {
  const contents = new Map()
  let leftOut = 0
  let used = 0
  for (const file of changes.files) {
    if (file.binary || file.deleted) continue
    const data = readFile(file.path)
    if (!data || data.includes(0)) continue
    const text = new TextDecoder('utf-8', { fatal: false }).decode(data)
    // JSON escaping grows text a little; count it as sent.
    const cost = encoder.encode(JSON.stringify(text)).length
    if ((maxFileBytes && data.length > maxFileBytes) || used + cost > budgetBytes) {
      leftOut++
      continue
    }
    used += cost
    contents.set(file.path, text)
  }
  return { contents, leftOut }
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
}
