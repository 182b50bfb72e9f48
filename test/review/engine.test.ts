import { describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { ruleCatalog } from '../../src/review/index'
import type { LineRule, ReviewInputFile } from '../../src/review/types'
import { changesetRule, fakeMeta, fileRule, lineRule } from './fake-rules'
import { addedDiff } from './rule-tester'

const todo = lineRule('hygiene/todo', 'TODO', { severity: 'info', pack: 'hygiene' })
const evalRule = lineRule('injection/eval', 'eval(', { severity: 'critical', pack: 'injection' })
const print = lineRule('python/print', 'print(', { severity: 'minor', languages: ['python'] })
const bigFile = fileRule('hygiene/big-file', (file) => (file.additions > 3 ? [{ line: 0, message: `${file.additions} lines added` }] : []), {
  severity: 'major',
})
const noTests = changesetRule('changeset/no-tests', (files) => (files.some((f) => f.isTest) ? [] : [{ message: 'no test changed' }]), {
  severity: 'minor',
  pack: 'changeset',
})
const rules = [todo, evalRule, print, bigFile, noTests]

function inputs(files: Array<[string, string]>): ReviewInputFile[] {
  return files.map(([path, code]) => ({ path, diff: addedDiff(path, code) }))
}

const changeset = inputs([
  ['src/z.ts', 'const a = 1 // TODO\neval(input)\nconst b = 2\nconst c = 3'],
  ['app.py', 'print(x)  # TODO\nx = eval(y)'],
  ['src/a.ts', 'eval(a)'],
])

describe('reviewChangeset', () => {
  it('gives byte-identical output for the same input', ({ expect }) => {
    const first = JSON.stringify(reviewChangeset(changeset, { profile: 'strict' }, { rules }))
    const second = JSON.stringify(reviewChangeset(structuredClone(changeset), { profile: 'strict' }, { rules: [...rules] }))
    expect(second).toBe(first)
  })

  it('orders by severity, path, line (file- and changeset-level last), rule id, message', ({ expect }) => {
    const result = reviewChangeset(changeset, { profile: 'strict' }, { rules })
    expect(result.findings.map((f) => [f.severity, f.filePath, f.line, f.ruleId])).toEqual([
      ['critical', 'app.py', 2, 'injection/eval'],
      ['critical', 'src/a.ts', 1, 'injection/eval'],
      ['critical', 'src/z.ts', 2, 'injection/eval'],
      ['major', 'src/z.ts', null, 'hygiene/big-file'],
      ['minor', 'app.py', 1, 'python/print'],
      ['minor', null, null, 'changeset/no-tests'],
      ['info', 'app.py', 1, 'hygiene/todo'],
      ['info', 'src/z.ts', 1, 'hygiene/todo'],
    ])
  })

  it('fills in the finding shape', ({ expect }) => {
    const [finding] = reviewChangeset(inputs([['src/a.ts', 'eval(a)']]), {}, { rules: [evalRule] }).findings
    expect(finding).toEqual({
      ruleId: 'injection/eval',
      severity: 'critical',
      category: 'bug',
      filePath: 'src/a.ts',
      line: 1,
      endLine: null,
      message: 'found eval(',
      suggestion: null,
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      source: 'rule',
    })
  })

  it('runs line rules only on files of their languages', ({ expect }) => {
    const result = reviewChangeset(inputs([['src/a.ts', 'print(x)'], ['b.py', 'print(x)']]), {}, { rules: [print] })
    expect(result.findings.map((f) => f.filePath)).toEqual(['b.py'])
  })

  it('records a throwing rule on its file and keeps reviewing', ({ expect }) => {
    const flaky: LineRule = {
      kind: 'line',
      meta: fakeMeta('bugs/flaky'),
      check: (ctx) => {
        if (ctx.file.path === 'src/b.ts') throw new Error('boom')
        return { line: ctx.line.newLine, message: 'seen' }
      },
    }
    const brokenFile = fileRule('bugs/broken-file', (file) => {
      if (file.path === 'src/c.ts') throw new TypeError('bad file')
      return []
    })
    const brokenChangeset = changesetRule('changeset/broken', () => {
      throw 'not even an Error'
    })
    const result = reviewChangeset(
      inputs([['src/a.ts', 'x'], ['src/b.ts', 'x\ny\nz'], ['src/c.ts', 'x']]),
      {},
      { rules: [flaky, brokenFile, brokenChangeset, evalRule] },
    )
    expect(result.files.map((f) => f.problems.map((p) => p.message))).toEqual([
      [],
      ['rule bugs/flaky failed: boom (line 1, 3 times)'],
      ['rule bugs/broken-file failed: bad file'],
    ])
    expect(result.problems).toEqual([{ message: 'rule changeset/broken failed: not even an Error' }])
    expect(result.findings.map((f) => `${f.filePath}:${f.line}`)).toEqual(['src/a.ts:1', 'src/c.ts:1'])
  })

  it('survives rules that return junk', ({ expect }) => {
    const sloppy: LineRule = {
      kind: 'line',
      meta: fakeMeta('bugs/sloppy'),
      check: () => [null as never, { line: -4, message: '', severity: 'urgent' as never, endLine: 0 }],
    }
    const [finding] = reviewChangeset(inputs([['src/a.ts', 'x']]), {}, { rules: [sloppy] }).findings
    expect(finding).toMatchObject({ line: 1, endLine: null, message: 'Fake bugs/sloppy', severity: 'minor' })
  })

  it('keeps fingerprints when lines shift', ({ expect }) => {
    const before = 'eval(a)\nconst x = 1\neval(b)\n  eval(a)'
    const after = `// header\n// more\n${before.replace('eval(b)', 'eval( b )')}`
    const run = (code: string) => reviewChangeset(inputs([['src/a.ts', code]]), {}, { rules: [evalRule] }).findings
    const [v1, v2] = [run(before), run(after)]
    expect(v1.map((f) => f.line)).toEqual([1, 3, 4])
    expect(v2.map((f) => f.line)).toEqual([3, 5, 6])
    // `eval(a)` twice: same content, told apart by occurrence, top to bottom.
    expect(new Set(v1.map((f) => f.fingerprint)).size).toBe(3)
    expect(v2.map((f) => f.fingerprint).filter((fp, i) => i !== 1)).toEqual(v1.map((f) => f.fingerprint).filter((fp, i) => i !== 1))
    expect(v2[1]!.fingerprint).not.toBe(v1[1]!.fingerprint)
  })

  it('keys file- and changeset-level fingerprints by message', ({ expect }) => {
    const one = reviewChangeset(inputs([['src/a.ts', 'a\nb\nc\nd']]), {}, { rules: [bigFile, noTests] }).findings
    const other = reviewChangeset(inputs([['src/a.ts', 'q\nr\ns\nt']]), {}, { rules: [bigFile, noTests] }).findings
    expect(other.map((f) => f.fingerprint)).toEqual(one.map((f) => f.fingerprint))
  })

  it('drops hits of code rules on Python lines inside triple-quoted strings, not hits of secrets or hygiene rules', ({ expect }) => {
    const marker = lineRule('hygiene/marker', 'TODO', { severity: 'info', pack: 'hygiene' })
    const code = 'def configure():\n    """Example:\n\n        x = eval(y)  # TODO\n    """\n    return eval(z)'
    const result = reviewChangeset(inputs([['app/conf.py', code]]), {}, { rules: [evalRule, marker] })
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['injection/eval', 6],
      ['hygiene/marker', 4],
    ])
  })

  it('reports one finding per rule, path and line', ({ expect }) => {
    const twice: LineRule = {
      kind: 'line',
      meta: fakeMeta('bugs/twice'),
      check: (ctx) => [
        { line: ctx.line.newLine, message: 'first' },
        { line: ctx.line.newLine, message: 'second', severity: 'critical' },
      ],
    }
    const result = reviewChangeset(inputs([['src/a.ts', 'x']]), {}, { rules: [twice] })
    expect(result.findings.map((f) => [f.message, f.severity])).toEqual([['second', 'critical']])
  })

  it('silences findings with review-ignore comments and counts them', ({ expect }) => {
    const code = ['eval(a) // review-ignore: injection/eval', '// review-ignore-next-line injection', 'eval(b)', 'eval(c)'].join('\n')
    const result = reviewChangeset(inputs([['src/a.ts', code]]), {}, { rules: [evalRule] })
    expect(result.findings.map((f) => f.line)).toEqual([4])
    expect(result.suppressed).toBe(2)
  })

  it('splits an input that holds several files', ({ expect }) => {
    const diff = addedDiff('src/a.ts', 'eval(a)') + addedDiff('src/b.ts', 'eval(b)')
    const result = reviewChangeset([{ path: 'whole.diff', diff }], {}, { rules: [evalRule] })
    expect(result.files.map((f) => f.path)).toEqual(['src/a.ts', 'src/b.ts'])
    expect(result.findings.map((f) => f.filePath)).toEqual(['src/a.ts', 'src/b.ts'])
  })

  it('uses the submitted path for a single-file input', ({ expect }) => {
    const result = reviewChangeset([{ path: 'src/real.ts', diff: '@@ -1 +1 @@\n-a\n+eval(b)\n' }], {}, { rules: [evalRule] })
    expect(result.files[0]).toMatchObject({ path: 'src/real.ts', language: 'typescript', changeType: 'modified', additions: 1, deletions: 1 })
    expect(result.findings[0]!.filePath).toBe('src/real.ts')
  })

  it('reports binary, empty and unparseable inputs without reviewing them', ({ expect }) => {
    const result = reviewChangeset(
      [
        { path: 'logo.png', diff: 'diff --git a/logo.png b/logo.png\nBinary files a/logo.png and b/logo.png differ\n' },
        { path: 'empty.ts', diff: '' },
        { path: 'junk.ts', diff: 'hello\nworld\n' },
      ],
      {},
      { rules },
    )
    expect(result.files).toEqual([
      { path: 'logo.png', language: 'text', changeType: 'modified', binary: true, additions: 0, deletions: 0, skipped: 'binary file', problems: [] },
      { path: 'empty.ts', language: 'typescript', changeType: 'modified', binary: false, additions: 0, deletions: 0, problems: [] },
      { path: 'junk.ts', language: 'typescript', changeType: 'modified', binary: false, additions: 0, deletions: 0, problems: [{ message: 'no file diff found in input' }] },
    ])
  })

  it('shows changeset rules skipped files but not ignored ones', ({ expect }) => {
    const seen: string[] = []
    const spy = changesetRule('changeset/spy', (files) => {
      seen.push(...files.map((f) => `${f.path}:${f.skipped ?? 'reviewed'}`))
      return []
    })
    reviewChangeset(inputs([['package-lock.json', '{}'], ['docs/a.md', 'x'], ['src/a.ts', 'x']]), { ignore_paths: ['docs/'] }, { rules: [spy] })
    expect(seen).toEqual(['package-lock.json:lock file (package-lock.json)', 'src/a.ts:reviewed'])
  })

  it('drops changeset findings on ignored paths', ({ expect }) => {
    const pointy = changesetRule('changeset/pointy', () => [
      { filePath: 'docs/a.md', message: 'ignored' },
      { filePath: 'src/a.ts', line: 1, message: 'kept' },
    ])
    const result = reviewChangeset(inputs([['docs/a.md', 'x'], ['src/a.ts', 'x']]), { ignore_paths: ['docs/'] }, { rules: [pointy] })
    expect(result.findings.map((f) => [f.filePath, f.line, f.message])).toEqual([['src/a.ts', 1, 'kept']])
  })

  it('reports progress after each file', ({ expect }) => {
    const calls: Array<[number, number]> = []
    reviewChangeset(changeset, {}, { rules, onFileReviewed: (done, total) => calls.push([done, total]) })
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ])
    expect(() =>
      reviewChangeset(changeset, {}, {
        rules,
        onFileReviewed: () => {
          throw new Error('socket closed')
        },
      }),
    ).not.toThrow()
  })
})

describe('ruleCatalog', () => {
  it('lists rule metadata sorted by id', ({ expect }) => {
    expect(ruleCatalog(rules).map((m) => m.id)).toEqual(['changeset/no-tests', 'hygiene/big-file', 'hygiene/todo', 'injection/eval', 'python/print'])
  })
})

describe('generated files', () => {
  const header = '/* eslint-disable */\n// Generated by Wrangler by running `wrangler types`\ninterface Env { DB: D1Database }\n'
  it('are skipped when their header says so, from the whole text or from a hunk that starts the file', ({ expect }) => {
    const result = reviewChangeset([
      { path: 'src/env.d.ts', diff: addedDiff('src/env.d.ts', header), content: header },
      { path: 'src/worker-configuration.d.ts', diff: addedDiff('src/worker-configuration.d.ts', header) },
    ])
    expect(result.files.map((f) => f.skipped)).toEqual(['generated file (its header says so)', 'generated file (its header says so)'])
    expect(result.findings).toEqual([])
  })

  it('are reviewed with include_generated, and a hunk further down is judged by the header it cannot see', ({ expect }) => {
    const result = reviewChangeset([{ path: 'src/env.d.ts', diff: addedDiff('src/env.d.ts', header), content: header }], { include_generated: true })
    expect(result.files[0]!.skipped).toBeUndefined()
    const lower = reviewChangeset([{ path: 'src/app.ts', diff: '@@ -40,0 +41,1 @@\n+export const x = 1\n' }])
    expect(lower.files[0]!.skipped).toBeUndefined()
  })
})
