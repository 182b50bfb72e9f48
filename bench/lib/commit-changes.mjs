// One past commit as `cra review` would submit it: the CLI's own diff collection, limit checks,
// body builder and content budget, with the commit's parent as the base and the commit's tree
// (not the working tree) as the new side.
import { checkBodySize, checkLimits, collectContents, readChanges } from '../../src/cli/changes.mjs'
import { git } from '../../src/cli/git.mjs'
import { buildBody } from '../../src/cli/submission.mjs'

const encoder = new TextEncoder()
// Same slack as src/cli/commands/review.mjs leaves for JSON framing.
const BODY_SLACK_BYTES = 4096
const MAX_TITLE = 200
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/**
 * The last `n` commits reachable from `ref`, oldest first; merges are diffed against their first parent.
 * @returns {{ sha: string, parent: string | null, author: string, subject: string }[]}
 */
export function listCommits(repo, n, ref = 'HEAD') {
  const out = /** @type {string} */ (git(['log', '--first-parent', `--max-count=${n}`, '--format=%H%x1f%P%x1f%an%x1f%s%x1e', ref], { cwd: repo }))
  return out
    .split('\x1e')
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [sha, parents, author, subject] = record.split('\x1f')
      return { sha, parent: parents.split(' ').filter(Boolean)[0] ?? null, author, subject }
    })
    .reverse()
}

/** The empty tree in this repository's hash format: the base of a root commit. */
export function emptyTree(repo) {
  return /** @type {string} */ (git(['hash-object', '-t', 'tree', '/dev/null'], { cwd: repo })).trim()
}

/** One path as it is in `sha`, or null when it is not there (deleted, submodule). */
export function readAtCommit(repo, sha, filePath) {
  return /** @type {Buffer | null} */ (git(['show', `${sha}:${filePath}`], { cwd: repo, allowFailure: true, encoding: 'buffer' }))
}

/**
 * @param {{ sha: string, parent: string | null, author: string, subject: string }} commit
 * @param {{ limits: Record<string, number>, takesContents: boolean, options?: Record<string, unknown>, emptyTreeId: string }} service
 */
export function prepareCommit(repo, commit, { limits, takesContents, options = {}, emptyTreeId }) {
  const base = commit.parent ?? emptyTreeId
  const { diff, files } = readChanges({ commit: `${base}..${commit.sha}`, staged: false, paths: [] }, repo)
  const changes = { base: { label: base.slice(0, 12), commit: base }, diff, files, staged: false }
  const meta = {
    title: clean(commit.subject, MAX_TITLE) || 'Local changes',
    author: clean(commit.author, 100) || 'unknown',
    description: `Compared with ${base.slice(0, 12)}.\n\nCommits:\n- ${clean(commit.subject, 1000)}`,
  }
  // What the CLI would say before sending; the replay sends anyway, to see what the service says.
  let cliRefusal = null
  try {
    checkLimits(files, limits)
  } catch (err) {
    cliRefusal = /** @type {Error} */ (err).message
  }
  let body = JSON.stringify(buildBody({ changes, options, contents: null, meta }))
  try {
    checkBodySize(encoder.encode(body).length, limits)
  } catch (err) {
    cliRefusal ??= /** @type {Error} */ (err).message
  }
  let contents = new Map()
  let leftOut = 0
  if (takesContents) {
    const bare = JSON.stringify(buildBody({ changes, options, contents: new Map(), meta }))
    const budget = (limits.max_body_bytes ?? Infinity) - encoder.encode(bare).length - BODY_SLACK_BYTES
    ;({ contents, leftOut } = collectContents(changes, repo, budget, limits.max_file_diff_bytes, (filePath) => readAtCommit(repo, commit.sha, filePath)))
    body = JSON.stringify(buildBody({ changes, options, contents, meta }))
  }
  return {
    files: files.length,
    added: files.reduce((n, f) => n + f.additions, 0),
    removed: files.reduce((n, f) => n + f.deletions, 0),
    biggestFile: files.reduce((big, f) => (f.bytes > (big?.bytes ?? -1) ? { path: f.path, bytes: f.bytes, additions: f.additions } : big), null),
    body,
    bodyBytes: encoder.encode(body).length,
    contents,
    contentsLeftOut: leftOut,
    cliRefusal,
  }
}

function clean(text, max) {
  const stripped = String(text ?? '').replace(CONTROL, '').trim()
  return stripped.length <= max ? stripped : `${stripped.slice(0, max - 1)}…`
}
