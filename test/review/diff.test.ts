import { describe, it } from 'vitest'
import { parseUnifiedDiff, splitMultiFileDiff } from '../../src/review/diff'
import { parseHunkHeader } from '../../src/review/hunk-header'
import type { ChangeType, ParsedFile } from '../../src/review/types'

const fixtures = import.meta.glob<string>('../fixtures/diffs/*.diff', { query: '?raw', import: 'default', eager: true })

function fixture(name: string): string {
  const text = fixtures[`../fixtures/diffs/${name}.diff`]
  if (text === undefined) throw new Error(`missing fixture ${name}`)
  return text
}

interface Summary {
  path: string
  oldPath?: string
  changeType: ChangeType
  binary?: boolean
  additions: number
  deletions: number
  hunks: number
  problems?: Array<string | RegExp>
}

function summarise(file: ParsedFile): Summary {
  return {
    path: file.path,
    ...(file.oldPath ? { oldPath: file.oldPath } : {}),
    changeType: file.changeType,
    ...(file.binary ? { binary: true } : {}),
    additions: file.additions,
    deletions: file.deletions,
    hunks: file.hunks.length,
    ...(file.problems.length ? { problems: file.problems.map((p) => p.message) } : {}),
  }
}

const m = (path: string, additions: number, deletions: number, hunks = 1): Summary => ({ path, changeType: 'modified', additions, deletions, hunks })

const MULTI_FILE: Summary[] = [
  m('app/models.py', 4, 2),
  { path: 'assets/logo.png', changeType: 'modified', binary: true, additions: 0, deletions: 0, hunks: 0 },
  { path: 'cmd/main.go', oldPath: 'old_name.go', changeType: 'renamed', additions: 1, deletions: 1, hunks: 1 },
  m('notes.txt', 1, 1),
  { path: 'scripts/deploy.sh', changeType: 'mode-changed', additions: 0, deletions: 0, hunks: 0 },
  { path: 'src/config.ts', changeType: 'added', additions: 4, deletions: 0, hunks: 1 },
  m('src/server.ts', 5, 0),
  { path: 'src/util.js', changeType: 'deleted', additions: 0, deletions: 3, hunks: 1 },
  m('version.txt', 1, 1),
]

const TABLE: Record<string, Summary[]> = {
  'multi-file': MULTI_FILE,
  'format-patch': MULTI_FILE,
  'format-patch-series': [...MULTI_FILE, m('app/models.py', 1, 0)],
  'binary-files-differ': [{ path: 'assets/logo.png', changeType: 'modified', binary: true, additions: 0, deletions: 0, hunks: 0 }],
  'binary-git-patch': [{ path: 'assets/logo.png', changeType: 'modified', binary: true, additions: 0, deletions: 0, hunks: 0 }],
  'binary-deleted-mode-change': [
    { path: 'assets/logo.png', changeType: 'deleted', binary: true, additions: 0, deletions: 0, hunks: 0 },
    m('old_name.go', 1, 0),
  ],
  copy: [{ path: 'app/models_v2.py', oldPath: 'app/models.py', changeType: 'copied', additions: 1, deletions: 0, hunks: 1 }],
  'quoted-paths': [
    { path: 'docs café.md', changeType: 'added', additions: 1, deletions: 0, hunks: 1 },
    { path: 'quo"te.txt', changeType: 'added', additions: 1, deletions: 0, hunks: 1 },
    { path: 'sp ace.txt', changeType: 'added', additions: 2, deletions: 0, hunks: 1 },
    m('sp ace.txt', 1, 1),
    { path: 'tab\there.txt', changeType: 'added', additions: 1, deletions: 0, hunks: 1 },
  ],
  rename: [
    { path: 'cmd/main.go', oldPath: 'old_name.go', changeType: 'renamed', additions: 1, deletions: 1, hunks: 1 },
    { path: 'docs/README.md', oldPath: 'README.md', changeType: 'renamed', additions: 0, deletions: 0, hunks: 0 },
  ],
  deletion: [{ path: 'src/util.js', changeType: 'deleted', additions: 0, deletions: 3, hunks: 1 }],
  'mode-change': [
    { path: 'scripts/deploy.sh', changeType: 'mode-changed', additions: 0, deletions: 0, hunks: 0 },
    m('old_name.go', 1, 0),
  ],
  crlf: [m('app/models.py', 4, 2), { path: 'src/config.ts', changeType: 'added', additions: 4, deletions: 0, hunks: 1 }],
  'no-newline-eof': [m('version.txt', 1, 1), { path: 'VERSION', changeType: 'added', additions: 1, deletions: 0, hunks: 1 }, m('config.ini', 2, 1)],
  'no-counts': [m('README.md', 1, 1), m('old_name.go', 1, 1)],
  sections: [
    { path: 'app/__init__.py', changeType: 'added', additions: 0, deletions: 0, hunks: 0 },
    m('app/handlers.py', 2, 1, 2),
    { path: 'docs/README.md', oldPath: 'README.md', changeType: 'renamed', additions: 0, deletions: 0, hunks: 0 },
  ],
  'plain-diff-u': [m('f.txt', 2, 1)],
  'bare-hunk': [m('cmd/server.go', 1, 0)],
  'malformed-counts': [
    { ...m('src/short.ts', 1, 0), problems: [/^hunk @@ -1,4 \+1,6 @@ declares 4 old\/6 new lines but has 2\/3$/] },
    { ...m('src/long.ts', 3, 0, 2), problems: [/^hunk @@ -10,2 \+10,2 @@ declares 2 old\/2 new lines but has 2\/4$/] },
    m('src/fine.ts', 1, 0),
  ],
  garbage: [
    {
      ...m('app/views.py', 2, 0, 2),
      problems: [/^1 unparseable line inside hunk: THIS LINE IS NOT PART OF ANY DIFF$/, /declares 4 old\/5 new lines but has 3\/4/, /^unparseable hunk header: @@ this is not/],
    },
    m('app/urls.py', 1, 0),
  ],
}

describe('parseUnifiedDiff: fixtures', () => {
  it('has an expectation for every fixture', ({ expect }) => {
    const names = Object.keys(fixtures).map((p) => p.replace(/^.*\/(.*)\.diff$/, '$1'))
    expect(names.sort()).toEqual(Object.keys(TABLE).sort())
  })

  for (const [name, expected] of Object.entries(TABLE)) {
    it(name, ({ expect }) => {
      expect(parseUnifiedDiff(fixture(name), 'cmd/server.go').map(summarise)).toEqual(
        expected.map((e) => ({ ...e, problems: e.problems?.map((re) => expect.stringMatching(re as RegExp)) })).map(dropUndefined),
      )
    })
  }
})

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

describe('splitMultiFileDiff: fixtures', () => {
  for (const name of Object.keys(TABLE)) {
    it(`${name}: each piece reparses to the same file`, ({ expect }) => {
      const text = fixture(name)
      const whole = parseUnifiedDiff(text, 'cmd/server.go')
      const pieces = splitMultiFileDiff(text, 'cmd/server.go')
      expect(pieces.map((p) => p.path)).toEqual(whole.map((f) => f.path))
      pieces.forEach((piece, i) => {
        const again = parseUnifiedDiff(piece.diff, 'cmd/server.go')
        expect(again).toHaveLength(1)
        // diffLine numbers are relative to the text parsed, so compare messages only.
        const strip = (f: ParsedFile) => ({ ...f, problems: f.problems.map((p) => p.message) })
        expect(strip(again[0]!)).toEqual(strip(whole[i]!))
      })
    })
  }

  it('drops mail headers, commit messages and signatures', ({ expect }) => {
    const pieces = splitMultiFileDiff(fixture('format-patch-series'))
    expect(pieces).toHaveLength(10)
    for (const piece of pieces) {
      expect(piece.diff.startsWith('diff --git ')).toBe(true)
      expect(piece.diff).not.toMatch(/^(From |Subject:|-- $|2\.39)/m)
    }
  })

  it('keeps quoted names and `diff -ru` command lines with their file', ({ expect }) => {
    expect(splitMultiFileDiff(fixture('quoted-paths'))[0]!.diff).toMatch(/^diff --git "a\/docs caf\\303\\251\.md"/)
    expect(splitMultiFileDiff(fixture('plain-diff-u'))[0]!.diff).toMatch(/^diff -ruN old\/f\.txt new\/f\.txt\n--- /)
  })

  it('returns nothing for text without a diff', ({ expect }) => {
    expect(splitMultiFileDiff('')).toEqual([])
    expect(splitMultiFileDiff('just some words\nand more\n')).toEqual([])
  })
})

describe('parseUnifiedDiff: lines', () => {
  it('numbers added, context and removed lines', ({ expect }) => {
    const [models] = parseUnifiedDiff(fixture('multi-file'))
    const hunk = models!.hunks[0]!
    expect(hunk).toMatchObject({ oldStart: 7, oldLines: 13, newStart: 7, newLines: 15, section: 'class UserStore:' })
    expect(hunk.lines.slice(0, 6)).toEqual([
      { kind: 'context', text: '', oldLine: 7, newLine: 7 },
      { kind: 'context', text: '    def find(self, name):', oldLine: 8, newLine: 8 },
      { kind: 'context', text: '        cur = self.conn.cursor()', oldLine: 9, newLine: 9 },
      { kind: 'del', text: '        cur.execute("SELECT id, name FROM users WHERE name = ?", (name,))', oldLine: 10 },
      { kind: 'del', text: '        return cur.fetchone()', oldLine: 11 },
      { kind: 'add', text: `        cur.execute("SELECT id, name FROM users WHERE name = '%s'" % name)`, newLine: 10 },
    ])
    expect(hunk.lines.filter((l) => l.kind === 'add').map((l) => l.newLine)).toEqual([10, 11, 12, 18])
    expect(hunk.lines.at(-1)).toEqual({ kind: 'context', text: 'def connect(path):', oldLine: 19, newLine: 21 })
  })

  it('numbers lines across several hunks', ({ expect }) => {
    const handlers = parseUnifiedDiff(fixture('sections'))[1]!
    expect(handlers.hunks.map((h) => h.section)).toEqual(['def handler_1(event):', 'def handler_5(event):'])
    const added = handlers.hunks.flatMap((h) => h.lines.filter((l) => l.kind === 'add'))
    expect(added).toEqual([
      { kind: 'add', text: "    os.system('echo ' + value)", newLine: 9 },
      { kind: 'add', text: "    password = 'hunter2'", newLine: 46 },
    ])
  })

  it('reads hunks without counts as one line', ({ expect }) => {
    const [readme] = parseUnifiedDiff(fixture('no-counts'))
    expect(readme!.hunks[0]).toEqual({
      oldStart: 3,
      oldLines: 1,
      newStart: 3,
      newLines: 1,
      lines: [
        { kind: 'del', text: 'A small demo service.', oldLine: 3 },
        { kind: 'add', text: 'A small demo service for testing.', newLine: 3 },
      ],
    })
  })

  it('marks lines followed by "\\ No newline at end of file"', ({ expect }) => {
    const [version, bare, ini] = parseUnifiedDiff(fixture('no-newline-eof'))
    const marked = (f: ParsedFile) => f.hunks[0]!.lines.filter((l) => l.noNewlineAtEnd).map((l) => `${l.kind}:${l.text}`)
    expect(marked(version!)).toEqual(['del:gamma', 'add:delta'])
    expect(marked(bare!)).toEqual(['add:1.0'])
    expect(marked(ini!)).toEqual(['del:port = 80'])
    expect(ini!.hunks[0]!.lines.map((l) => l.newLine ?? null)).toEqual([1, null, 2, 3])
  })

  it('strips CR from CRLF diffs and CRLF content', ({ expect }) => {
    const crlf = parseUnifiedDiff(fixture('crlf'))
    const texts = crlf.flatMap((f) => f.hunks.flatMap((h) => h.lines.map((l) => l.text)))
    expect(texts.some((t) => t.includes('\r'))).toBe(false)
    expect(crlf).toEqual(parseUnifiedDiff(fixture('crlf').replaceAll('\r\n', '\n')))
    const lf = fixture('sections')
    expect(parseUnifiedDiff(lf.replaceAll('\n', '\r\n'))).toEqual(parseUnifiedDiff(lf))
    const notes = parseUnifiedDiff(fixture('multi-file'))[3]!
    expect(notes.hunks[0]!.lines.map((l) => l.text)).toEqual(['line one', 'line two', 'line 2', 'line three'])
  })

  it('uses the fallback path for a bare hunk and numbers from its header', ({ expect }) => {
    const [file] = parseUnifiedDiff(fixture('bare-hunk'), 'cmd/server.go')
    expect(file!.path).toBe('cmd/server.go')
    expect(file!.hunks[0]!.lines.find((l) => l.kind === 'add')).toEqual({ kind: 'add', text: '\tlog.Printf("listening on %s", s.addr)', newLine: 15 })
    expect(parseUnifiedDiff('@@ -0,0 +1,2 @@\n+a\n+b\n', 'new.txt')[0]!.changeType).toBe('added')
  })

  it('reads a removed "-- " line by the counts, not as a signature', ({ expect }) => {
    const diff = 'diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,1 @@\n-- \n-- a\n keep\n'
    const [file] = parseUnifiedDiff(diff)
    expect(file!.problems).toEqual([])
    expect(file!.hunks[0]!.lines.map((l) => `${l.kind}:${l.text}`)).toEqual(['del:- ', 'del:- a', 'context:keep'])
  })

  it('reads removed "-- x" and added "++ y" lines inside counts as content', ({ expect }) => {
    const diff = '--- a/x.sql\n+++ b/x.sql\n@@ -1,2 +1,2 @@\n--- old comment\n+++ new\n same\n'
    const [file] = parseUnifiedDiff(diff)
    expect(file).toMatchObject({ path: 'x.sql', additions: 1, deletions: 1, problems: [] })
    expect(file!.hunks[0]!.lines.map((l) => l.text)).toEqual(['-- old comment', '++ new', 'same'])
  })

  it('accepts empty context lines whose leading space was stripped', ({ expect }) => {
    const [file] = parseUnifiedDiff('--- a/x.py\n+++ b/x.py\n@@ -1,3 +1,4 @@\n a = 1\n\n+b = 2\n c = 3\n')
    expect(file!.problems).toEqual([])
    expect(file!.hunks[0]!.lines.map((l) => l.newLine)).toEqual([1, 2, 3, 4])
  })

  it('skips the mail preamble of a format-patch', ({ expect }) => {
    const files = parseUnifiedDiff(fixture('format-patch'))
    expect(files.every((f) => f.problems.length === 0)).toBe(true)
    expect(files.at(-1)!.hunks[0]!.lines).toHaveLength(4)
  })

  it('reports combined (merge) hunks as unsupported and skips their bodies', ({ expect }) => {
    const diff = 'diff --cc a.txt\nindex 1,2..3\n--- a/a.txt\n+++ b/a.txt\n@@@ -1,1 -1,1 +1,1 @@@\n- a\n -b\n++c\n'
    const [file] = parseUnifiedDiff(diff)
    expect(file).toMatchObject({ path: 'a.txt', additions: 0, hunks: [] })
    expect(file!.problems.map((p) => p.message)).toEqual(['combined diff hunk (merge commit) not supported: @@@ -1,1 -1,1 +1,1 @@@'])
  })

  it('caps the problems recorded for one file', ({ expect }) => {
    const body = Array.from({ length: 200 }, (_, i) => `@@ bad header ${i} @@`).join('\n')
    const [file] = parseUnifiedDiff(`--- a/x\n+++ b/x\n${body}\n`)
    expect(file!.problems).toHaveLength(51)
    expect(file!.problems.at(-1)!.message).toBe('150 more problems not listed')
  })
})

describe('parseHunkHeader', () => {
  const cases: Array<[string, ReturnType<typeof parseHunkHeader>]> = [
    ['@@ -1 +1 @@', { oldStart: 1, oldLines: 1, newStart: 1, newLines: 1 }],
    ['@@ -0,0 +1,3 @@', { oldStart: 0, oldLines: 0, newStart: 1, newLines: 3 }],
    ['@@ -10,6 +10,8 @@ def foo():', { oldStart: 10, oldLines: 6, newStart: 10, newLines: 8, section: 'def foo():' }],
    ['@@ -5,0 +6,2 @@', { oldStart: 5, oldLines: 0, newStart: 6, newLines: 2 }],
    ['@@ -1,2 +1,2@@', undefined],
    ['@@@ -1,2 -1,2 +1,3 @@@', undefined],
    ['@@ -a,b +c,d @@', undefined],
    ['@@ -1, +1 @@', undefined],
    ['@@ -1 +1', undefined],
    ['@@', undefined],
  ]
  for (const [line, expected] of cases) it(line, ({ expect }) => expect(parseHunkHeader(line)).toEqual(expected))
})

/** mulberry32: a seeded generator, so a failing fuzz case can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function checkInvariants(files: ParsedFile[]): void {
  for (const file of files) {
    let additions = 0
    let deletions = 0
    for (const hunk of file.hunks) {
      for (const line of hunk.lines) {
        if (line.kind === 'add') {
          additions++
          if (!Number.isInteger(line.newLine)) throw new Error(`added line without newLine in ${file.path}`)
        }
        if (line.kind === 'del') deletions++
        if (line.text.includes('\r') && line.text.endsWith('\r')) throw new Error('CR left on a line')
      }
    }
    if (additions !== file.additions || deletions !== file.deletions) throw new Error(`counts do not match lines in ${file.path}`)
  }
}

describe('parseUnifiedDiff: fuzz', () => {
  const all = Object.values(fixtures).join('')
  const corpusLines = all.split('\n')

  it('never throws on random bytes', ({ expect }) => {
    const random = seeded(1)
    const alphabet = '+- @\\\n\r\t"abc/\\0123456789,diff --git a/ b/ ---+++@@ \u00e9\u0000'
    for (let n = 0; n < 300; n++) {
      let text = ''
      const length = Math.floor(random() * 2000)
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)]
      expect(() => checkInvariants(parseUnifiedDiff(text, 'x'))).not.toThrow()
      expect(() => splitMultiFileDiff(text)).not.toThrow()
    }
  })

  it('never throws on truncated, shuffled or spliced real diffs', ({ expect }) => {
    const random = seeded(2)
    for (let n = 0; n < 300; n++) {
      const mode = n % 3
      let text: string
      if (mode === 0) text = all.slice(0, Math.floor(random() * all.length))
      else if (mode === 1) {
        const lines = [...corpusLines]
        for (let k = 0; k < 20; k++) lines.splice(Math.floor(random() * lines.length), 1)
        text = lines.join('\n')
      } else {
        const start = Math.floor(random() * corpusLines.length)
        text = corpusLines.slice(start, start + 1 + Math.floor(random() * 80)).join('\n')
      }
      expect(() => checkInvariants(parseUnifiedDiff(text, 'x'))).not.toThrow()
      const pieces = splitMultiFileDiff(text)
      expect(pieces.every((p) => typeof p.diff === 'string')).toBe(true)
    }
  })

  it('stays linear on hostile lines', ({ expect }) => {
    const hostile = [
      `diff --git ${'a/x b/'.repeat(20000)}`,
      `@@ -${'1'.repeat(50000)} +1 @@`,
      `--- ${'"\\'.repeat(20000)}`,
      `+++ ${'\\303'.repeat(20000)}`,
      `diff --git "${'\\"'.repeat(20000)}`,
      `@@ -1,100000 +1,100000 @@`,
      ...Array.from({ length: 50000 }, () => 'garbage'),
    ].join('\n')
    const started = performance.now()
    const files = parseUnifiedDiff(hostile)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(files.length).toBeGreaterThan(0)
  })
})
