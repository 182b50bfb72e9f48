import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkBodySize, checkLimits, collectChanges, collectContents, splitDiff } from '../src/cli/changes.mjs'
import { CliError, EXIT } from '../src/cli/errors.mjs'
import { resolveBase } from '../src/cli/git.mjs'
import { recallChangeset, rememberChangeset } from '../src/cli/state.mjs'
import { buildBody, describeChanges } from '../src/cli/submission.mjs'
import { commit, git, makeClone, makeLocalRepo, removeRepos, scratchDir, write } from './support/git-repo.mjs'

afterAll(removeRepos)

const paths = (changes) => changes.files.map((f) => f.path)

describe('choosing the base', () => {
  it('uses the merge-base with origin/HEAD on a branch without an upstream', () => {
    const { clone } = makeClone()
    const mainTip = git(clone, 'rev-parse', 'HEAD')
    git(clone, 'switch', '-q', '-c', 'feature')
    commit(clone, { 'a.py': 'x = 1\n' }, 'Add a')
    expect(resolveBase({}, clone)).toEqual({ label: 'origin/main', commit: mainTip })
  })

  it('uses the upstream when the branch tracks another branch', () => {
    const { clone } = makeClone({ 'README.md': '# demo\n' }, { develop: { 'dev.txt': 'dev\n' } })
    const developTip = git(clone, 'rev-parse', 'origin/develop')
    git(clone, 'switch', '-q', '-c', 'feature', '--track', 'origin/develop')
    commit(clone, { 'a.py': 'x = 1\n' }, 'Add a')
    expect(resolveBase({}, clone)).toEqual({ label: 'origin/develop', commit: developTip })
  })

  it("skips an upstream that is the branch's own remote copy (it would only show unpushed commits)", () => {
    const { clone } = makeClone()
    const mainTip = git(clone, 'rev-parse', 'HEAD')
    git(clone, 'switch', '-q', '-c', 'feature')
    commit(clone, { 'a.py': 'x = 1\n' }, 'Add a')
    git(clone, 'push', '-q', '-u', 'origin', 'feature')
    commit(clone, { 'b.py': 'y = 2\n' }, 'Add b')
    expect(resolveBase({}, clone)).toEqual({ label: 'origin/main', commit: mainTip })
    expect(paths(collectChanges({}, clone))).toEqual(['a.py', 'b.py'])
  })

  it('uses the merge-base with --base, and refuses a ref that is not a commit', () => {
    const repo = makeLocalRepo()
    const mainTip = git(repo, 'rev-parse', 'HEAD')
    git(repo, 'switch', '-q', '-c', 'feature')
    commit(repo, { 'a.py': 'x = 1\n' }, 'Add a')
    git(repo, 'switch', '-q', 'main')
    commit(repo, { 'later.txt': 'on main after the branch\n' }, 'Later on main')
    git(repo, 'switch', '-q', 'feature')
    expect(resolveBase({ base: 'main' }, repo)).toEqual({ label: 'main', commit: mainTip })
    expect(paths(collectChanges({ base: 'main' }, repo))).toEqual(['a.py'])
    expect(() => resolveBase({ base: 'no-such-branch' }, repo)).toThrow('--base no-such-branch is not a commit in this repository')
  })

  it('asks for --base when there is neither an upstream nor origin/HEAD', () => {
    const repo = makeLocalRepo()
    let error
    try {
      resolveBase({}, repo)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(CliError)
    expect(error.exitCode).toBe(EXIT.USAGE)
    expect(error.message).toMatch(/no upstream and the repository has no origin\/HEAD; pass --base <ref>/)
  })

  it('refuses to run outside a repository', () => {
    expect(() => collectChanges({}, scratchDir())).toThrow(/Not inside a git repository/)
  })
})

describe('the diff', () => {
  it('covers commits and uncommitted changes to tracked files, not untracked files', () => {
    const { clone } = makeClone({ 'app.py': 'print(1)\n' })
    git(clone, 'switch', '-q', '-c', 'feature')
    commit(clone, { 'a.py': 'x = 1\n' }, 'Add a')
    write(clone, { 'app.py': 'print(2)\n', 'untracked.py': 'secret = 1\n' })
    const changes = collectChanges({}, clone)
    expect(paths(changes)).toEqual(['a.py', 'app.py'])
    expect(changes.files[1]).toMatchObject({ additions: 1, deletions: 1, binary: false, deleted: false })
  })

  it('with --staged alone, is what the next commit adds', () => {
    const { clone } = makeClone({ 'app.py': 'print(1)\n' })
    write(clone, { 'staged.py': 'a = 1\n', 'app.py': 'print(2)\n' })
    git(clone, 'add', 'staged.py')
    const changes = collectChanges({ staged: true }, clone)
    expect(changes.base).toEqual({ label: 'HEAD', commit: null })
    expect(paths(changes)).toEqual(['staged.py'])
  })

  it('keeps to the paths after --, given relative to the current folder', () => {
    const { clone } = makeClone()
    git(clone, 'switch', '-q', '-c', 'feature')
    commit(clone, { 'src/a.py': 'x = 1\n', 'docs/b.md': '# b\n' }, 'Add files')
    expect(paths(collectChanges({ paths: ['src'] }, clone))).toEqual(['src/a.py'])
    expect(paths(collectChanges({ paths: ['.'] }, path.join(clone, 'docs')))).toEqual(['docs/b.md'])
  })

  it('looks the same whatever the user configured for git diff', () => {
    const { clone } = makeClone()
    git(clone, 'switch', '-q', '-c', 'feature')
    commit(clone, { 'src/ünï cödé.py': 'x = 1\n', 'src/other.py': 'y = 2\n' }, 'Add files')
    for (const [key, value] of [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['color.ui', 'always'],
      ['color.diff', 'always'],
      ['diff.relative', 'true'],
      ['core.quotePath', 'true'],
      ['diff.external', 'false'],
      ['diff.renames', 'false'],
    ]) {
      git(clone, 'config', key, value)
    }
    const changes = collectChanges({}, path.join(clone, 'src'))
    expect(paths(changes)).toEqual(['src/other.py', 'src/ünï cödé.py'])
    expect(changes.diff).not.toMatch(/\x1b/)
    expect(changes.diff).toContain('diff --git a/src/ünï cödé.py b/src/ünï cödé.py')
    expect(changes.diff).toContain('+++ b/src/other.py')
  })

  it('reports renames by their new path, and flags binary and deleted files', () => {
    const { clone } = makeClone({ 'old/name.py': 'a = 1\nb = 2\nc = 3\n', 'gone.txt': 'bye\n' })
    git(clone, 'switch', '-q', '-c', 'feature')
    mkdirSync(path.join(clone, 'new'))
    git(clone, 'mv', 'old/name.py', 'new/name.py')
    unlinkSync(path.join(clone, 'gone.txt'))
    writeFileSync(path.join(clone, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0, 255]))
    git(clone, 'add', '-A')
    git(clone, 'commit', '-q', '-m', 'Shuffle')
    const byPath = Object.fromEntries(collectChanges({}, clone).files.map((f) => [f.path, f]))
    expect(Object.keys(byPath).sort()).toEqual(['gone.txt', 'logo.png', 'new/name.py'])
    expect(byPath['new/name.py'].diff).toMatch(/^rename from old\/name.py$/m)
    expect(byPath['logo.png']).toMatchObject({ binary: true, deleted: false })
    expect(byPath['gone.txt']).toMatchObject({ binary: false, deleted: true, deletions: 1 })
  })

  it('is empty when nothing changed', () => {
    const { clone } = makeClone()
    git(clone, 'switch', '-q', '-c', 'feature')
    expect(collectChanges({}, clone).files).toEqual([])
  })
})

describe('splitDiff', () => {
  it('splits at each file header and keeps every byte', () => {
    const diff = 'diff --git a/x b/x\n@@ -0,0 +1 @@\n+diff --git inside\ndiff --git a/y b/y\n@@ -1 +1 @@\n-a\n+b\n'
    const parts = splitDiff(diff)
    expect(parts).toHaveLength(2)
    expect(parts.join('')).toBe(diff)
  })
})

describe('limits from /health', () => {
  const file = (p, extra = {}) => ({ path: p, diff: '', bytes: 100, additions: 1, deletions: 0, binary: false, deleted: false, ...extra })
  const limits = { max_body_bytes: 5000, max_files: 3, max_file_diff_bytes: 1000, max_added_lines: 10, max_path_length: 20 }

  it.each([
    ['MAX_FILES', [file('a'), file('b'), file('c'), file('d')], /touches 4 files, over the service's limit of 3 \(MAX_FILES\); narrow the review with -- <paths>/],
    ['MAX_FILE_DIFF_BYTES', [file('big.sql', { bytes: 2048 })], /The diff of big.sql is 2 KB, over the service's per-file limit of 1000 bytes \(MAX_FILE_DIFF_BYTES\)/],
    ['MAX_ADDED_LINES', [file('a', { additions: 6 }), file('b', { additions: 5 })], /adds 11 lines, over the service's limit of 10 \(MAX_ADDED_LINES\)/],
    ['MAX_PATH_LENGTH', [file('a/very/long/path/name.py')], /longer than the service's limit of 20 bytes \(MAX_PATH_LENGTH\)/],
  ])('names %s', (_limit, files, message) => {
    let error
    try {
      checkLimits(files, limits)
    } catch (err) {
      error = err
    }
    expect(error?.exitCode).toBe(EXIT.USAGE)
    expect(error?.message).toMatch(message)
  })

  it('passes files within every limit, and names MAX_BODY_BYTES for the request', () => {
    expect(() => checkLimits([file('a'), file('b', { additions: 9 })], limits)).not.toThrow()
    expect(() => checkBodySize(5000, limits)).not.toThrow()
    expect(() => checkBodySize(5001, limits)).toThrow(/4.9 KB, over the service's request limit of 4.9 KB \(MAX_BODY_BYTES\)/)
  })
})

describe('new-side contents', () => {
  it('come from the working tree (or the index with --staged), skipping binary and deleted files and what does not fit', () => {
    const { clone } = makeClone({ 'gone.txt': 'bye\n' })
    git(clone, 'switch', '-q', '-c', 'feature')
    unlinkSync(path.join(clone, 'gone.txt'))
    write(clone, { 'a.py': 'a = 1\n', 'big.py': `${'b = 2\n'.repeat(200)}` })
    writeFileSync(path.join(clone, 'bin.dat'), Buffer.from([1, 0, 2]))
    git(clone, 'add', '-A')
    write(clone, { 'a.py': 'a = "working tree"\n' })

    const working = collectContents(collectChanges({}, clone), clone, 500, 10_000)
    expect(Object.fromEntries(working.contents)).toEqual({ 'a.py': 'a = "working tree"\n' })
    expect(working.leftOut).toBe(1)

    const staged = collectContents(collectChanges({ staged: true }, clone), clone, 100_000, 10_000)
    expect(staged.contents.get('a.py')).toBe('a = 1\n')
    expect([...staged.contents.keys()].sort()).toEqual(['a.py', 'big.py'])
  })
})

describe('describing the submission', () => {
  it('titles it "<branch>: <last subject>", credits git user.name and lists the commits', () => {
    const { clone } = makeClone()
    git(clone, 'switch', '-q', '-c', 'feature/s3')
    commit(clone, { 'a.py': 'x = 1\n' }, 'Add the uploader')
    commit(clone, { 'b.py': 'y = 1\n' }, 'Handle retries')
    const base = resolveBase({}, clone)
    const meta = describeChanges({ cwd: clone, base, env: {} })
    expect(meta).toMatchObject({ title: 'feature/s3: Handle retries', author: 'Ada Lovelace', branch: 'feature/s3' })
    expect(meta.description).toBe(`Compared with origin/main (${base.commit.slice(0, 12)}).\n\nCommits:\n- Handle retries\n- Add the uploader`)
  })

  it('takes the branch from the CI in a detached checkout, drops control characters and keeps the title under 200', () => {
    const { clone } = makeClone()
    git(clone, 'switch', '-q', '-c', 'feature')
    commit(clone, { 'a.py': 'x = 1\n' }, `Fix \u001b[31mred\u001b[0m ${'x'.repeat(300)}`)
    git(clone, 'switch', '-q', '--detach')
    const meta = describeChanges({ cwd: clone, base: resolveBase({}, clone), env: { GITHUB_HEAD_REF: 'pr-branch' } })
    expect(meta.title.startsWith('pr-branch: Fix [31mred[0m xxx')).toBe(true)
    expect(meta.title).toHaveLength(200)
    expect(meta.title).not.toMatch(/\u001b/)
  })

  it('sends the whole diff as one string, or files with contents when the service takes them', () => {
    const changes = { diff: 'D', files: [{ path: 'a.py', diff: 'A' }, { path: 'b.py', diff: 'B' }] }
    const meta = { title: 't', description: 'd', author: 'ada' }
    expect(buildBody({ changes, options: {}, contents: null, meta })).toEqual({ title: 't', description: 'd', author: 'ada', diff: 'D' })
    expect(buildBody({ changes, options: { profile: 'strict' }, contents: new Map([['a.py', 'x']]), meta: null })).toEqual({
      files: [{ file_path: 'a.py', diff_content: 'A', content: 'x' }, { file_path: 'b.py', diff_content: 'B' }],
      options: { profile: 'strict' },
    })
  })
})

describe('remembered changesets', () => {
  it('are kept per service and branch inside .git', () => {
    const repo = makeLocalRepo()
    mkdirSync(path.join(repo, 'sub'))
    expect(recallChangeset(repo, 'http://a', 'main')).toBeNull()
    rememberChangeset(repo, 'http://a', 'main', 'cs-1')
    rememberChangeset(path.join(repo, 'sub'), 'http://b', 'main', 'cs-2')
    expect(recallChangeset(path.join(repo, 'sub'), 'http://a', 'main')).toBe('cs-1')
    expect(recallChangeset(repo, 'http://b', 'main')).toBe('cs-2')
    expect(recallChangeset(repo, 'http://a', 'other')).toBeNull()
    expect(git(repo, 'status', '--porcelain')).toBe('')
  })
})
