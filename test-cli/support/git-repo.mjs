// Throwaway git repositories for the CLI tests: an "origin" with a main branch and a clone of it,
// with identity set and no user or system config leaking in.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Environment that hides the developer's own git config from the repositories under test. */
export const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
}
// git reads these from the process environment, so the CLI (in this process) sees them too.
Object.assign(process.env, GIT_ENV)

// Every repository of this test file lives under one folder, removed by removeRepos().
let parent = null
const tempDir = (prefix) => {
  parent ??= mkdtempSync(path.join(tmpdir(), 'cra-cli-test-'))
  return mkdtempSync(path.join(parent, prefix))
}

/** Deletes every repository this file made; call it from afterAll. */
export function removeRepos() {
  if (parent) rmSync(parent, { recursive: true, force: true })
  parent = null
}

/** A fresh empty folder that removeRepos() cleans up too. */
export const scratchDir = () => tempDir('dir-')

export function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** Writes files (path → content) under `dir`, creating folders. */
export function write(dir, files) {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
}

function init(dir) {
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.name', 'Ada Lovelace')
  git(dir, 'config', 'user.email', 'ada@example.com')
}

/**
 * An origin with `files` committed on main (plus any `branches`: name → files), and a clone
 * of it, checked out on main. Returns both paths.
 */
export function makeClone(files = { 'README.md': '# demo\n' }, branches = {}) {
  const base = tempDir('git-')
  const origin = path.join(base, 'origin')
  mkdirSync(origin)
  init(origin)
  write(origin, files)
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'Initial commit')
  for (const [name, branchFiles] of Object.entries(branches)) {
    git(origin, 'switch', '-q', '-c', name)
    write(origin, branchFiles)
    git(origin, 'add', '-A')
    git(origin, 'commit', '-q', '-m', `Work on ${name}`)
    git(origin, 'switch', '-q', 'main')
  }
  const clone = path.join(base, 'clone')
  git(base, 'clone', '-q', origin, clone)
  git(clone, 'config', 'user.name', 'Ada Lovelace')
  git(clone, 'config', 'user.email', 'ada@example.com')
  return { base, origin, clone }
}

/** A repository with one commit and no remote at all. */
export function makeLocalRepo(files = { 'README.md': '# demo\n' }) {
  const dir = tempDir('local-')
  init(dir)
  write(dir, files)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'Initial commit')
  return dir
}

/** Commits `files` on the current branch. */
export function commit(dir, files, message) {
  write(dir, files)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
}
