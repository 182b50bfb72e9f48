// Everything the CLI asks git: which base to diff against, the diff itself (in a form the
// service's parser reads whatever the user's git config says), and the words for the title.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { usageError } from './errors.mjs'

const MAX_OUTPUT = 512 * 1024 * 1024

/**
 * Runs git in `cwd`. Returns stdout, or null when git exits non-zero and `allowFailure` is set.
 * @param {string[]} args
 * @param {{ cwd: string, allowFailure?: boolean, encoding?: BufferEncoding | 'buffer' }} options
 */
export function git(args, { cwd, allowFailure = false, encoding = 'utf8' }) {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: encoding === 'buffer' ? undefined : encoding,
      maxBuffer: MAX_OUTPUT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Never prompt, never page, never translate messages we might show.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
    })
  } catch (err) {
    const e = /** @type {any} */ (err)
    if (e.code === 'ENOENT') throw usageError('git is not installed or not on PATH')
    if (allowFailure) return null
    const reason = String(e.stderr ?? e.message).trim().split('\n')[0]
    throw usageError(`git ${args.filter((a) => !a.startsWith('-c')).join(' ')} failed: ${reason}`)
  }
}

const gitText = (args, cwd) => /** @type {string | null} */ (git(args, { cwd, allowFailure: true }))?.trim() || null

export function repoRoot(cwd) {
  const root = gitText(['rev-parse', '--show-toplevel'], cwd)
  if (!root) throw usageError('Not inside a git repository; run this from your checkout')
  return root
}

export const currentBranch = (cwd) => gitText(['symbolic-ref', '--short', '-q', 'HEAD'], cwd)
export const headCommit = (cwd) => gitText(['rev-parse', '--verify', '-q', 'HEAD'], cwd)
export const lastCommitSubject = (cwd) => gitText(['log', '-1', '--format=%s'], cwd)
export const userName = (cwd) => gitText(['config', 'user.name'], cwd)
export const gitPath = (name, cwd) => gitText(['rev-parse', '--path-format=absolute', '--git-path', name], cwd)

/**
 * What to diff against.
 * - `--base <ref>`: the merge-base of that ref and HEAD (what a pull request into it would show).
 * - `--staged` alone: HEAD (what the next commit adds; for pre-commit hooks).
 * - otherwise the merge-base with the branch's upstream when that is another branch (a branch
 *   made with `git switch -c feature origin/main` tracks `origin/main`), else with `origin/HEAD`.
 *   An upstream that is this branch's own remote copy would only show unpushed commits, so it is
 *   skipped.
 * @returns {{ label: string, commit: string | null }} commit null means "diff against HEAD"
 */
export function resolveBase({ base, staged }, cwd) {
  repoRoot(cwd)
  const head = headCommit(cwd)
  if (base !== undefined) {
    if (!gitText(['rev-parse', '--verify', '-q', `${base}^{commit}`], cwd)) throw usageError(`--base ${base} is not a commit in this repository`)
    if (!head) return { label: base, commit: gitText(['rev-parse', `${base}^{commit}`], cwd) }
    return { label: base, commit: mergeBase(base, cwd) }
  }
  if (staged) return { label: 'HEAD', commit: null }
  if (!head) throw usageError('This repository has no commits yet; pass --staged to review what is staged')

  const branch = currentBranch(cwd)
  const upstream = gitText(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], cwd)
  if (upstream && (!branch || upstream.slice(upstream.indexOf('/') + 1) !== branch)) return { label: upstream, commit: mergeBase(upstream, cwd) }
  if (gitText(['rev-parse', '--verify', '-q', 'refs/remotes/origin/HEAD'], cwd)) {
    const label = gitText(['rev-parse', '--abbrev-ref', 'origin/HEAD'], cwd) ?? 'origin/HEAD'
    return { label, commit: mergeBase('origin/HEAD', cwd) }
  }
  throw usageError(
    'Cannot choose what to compare with: this branch has no upstream and the repository has no origin/HEAD; pass --base <ref> (e.g. --base main)',
  )
}

function mergeBase(ref, cwd) {
  const commit = gitText(['merge-base', ref, 'HEAD'], cwd)
  if (!commit) {
    throw usageError(`HEAD and ${ref} have no common commit (in a shallow clone, fetch more history, e.g. fetch-depth: 0)`)
  }
  return commit
}

/**
 * Options that pin the output format whatever the user's config says (noprefix, mnemonic
 * prefixes, colour, external diff drivers, textconv filters, `diff.relative`, quoted paths).
 */
function diffArgs({ commit, staged, paths }) {
  return {
    head: ['-c', 'core.quotePath=off', 'diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '-M'],
    tail: [...(staged ? ['--staged'] : []), ...(commit ? [commit] : []), '--', ...paths],
  }
}

/** The unified diff the service reviews: new side is the working tree, or the index with `staged`. */
export function readDiff(selection, cwd) {
  const { head, tail } = diffArgs(selection)
  return /** @type {string} */ (git([...head, '--src-prefix=a/', '--dst-prefix=b/', ...tail], { cwd }))
}

/**
 * Per-file facts in the diff's own order: new path, added lines, whether git saw it as binary,
 * and whether it was deleted.
 * @returns {{ path: string, additions: number, binary: boolean, deleted: boolean }[]}
 */
export function readDiffStats(selection, cwd) {
  const { head, tail } = diffArgs(selection)
  const numstat = /** @type {string} */ (git([...head, '--numstat', '-z', ...tail], { cwd }))
  const deleted = new Set(
    /** @type {string} */ (git([...head, '--name-only', '--diff-filter=D', '-z', ...tail], { cwd })).split('\0').filter(Boolean),
  )
  const fields = numstat.split('\0')
  const stats = []
  for (let i = 0; i < fields.length; i++) {
    const match = fields[i].match(/^(-|\d+)\t(-|\d+)\t(.*)$/s)
    if (!match) continue
    let filePath = match[3]
    // A rename or copy leaves the path empty here and gives old and new paths as the next two fields.
    if (filePath === '') {
      filePath = fields[i + 2] ?? ''
      i += 2
    }
    stats.push({ path: filePath, additions: match[1] === '-' ? 0 : Number(match[1]), binary: match[1] === '-', deleted: deleted.has(filePath) })
  }
  return stats
}

/** The new side of one file: from the index for staged reviews, else from the working tree. */
export function readNewSide(filePath, { staged }, root) {
  if (staged) return /** @type {Buffer | null} */ (git(['show', `:${filePath}`], { cwd: root, allowFailure: true, encoding: 'buffer' }))
  try {
    return readFileSync(path.join(root, filePath))
  } catch {
    return null
  }
}

/** Subjects of the commits on this branch since `commit`, newest first. */
export function commitSubjects(commit, cwd, max = 50) {
  if (!commit) return []
  const out = gitText(['log', `--max-count=${max}`, '--format=%s', `${commit}..HEAD`], cwd)
  return out ? out.split('\n') : []
}
