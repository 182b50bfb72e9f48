import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../../src/review/engine'
import { allRules } from '../../../src/review/rules'
import { loadSyntaxRuntime } from '../../../src/review/syntax/runtime'
import { addedDiff } from '../rule-tester'

const sqlRule = allRules.filter((r) => r.meta.id === 'python/sql-injection')

describe('syntax fallback', () => {
  beforeAll(() => loadSyntaxRuntime())

  it('reviews a file that does not parse with the line rules, and says so', ({ expect }) => {
    // Mostly not Python at all, with one line the line rule knows.
    const code = ['}}} <<< ((( garbage', '@@@ ::: !!!', ')))) ]]] {{{', 'cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")', '(((( [[[', '???? ::: )))'].join('\n')
    const result = reviewChangeset([{ path: 'app.py', diff: addedDiff('app.py', code) }], { profile: 'strict' }, { rules: sqlRule })
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([['python/sql-injection', 4]])
    expect(result.files[0]!.problems).toEqual([expect.objectContaining({ fallback: true, message: expect.stringMatching(/app\.py: could not parse .* reviewed with line rules instead/) })])
  })

  it('uses the full file content when the client sends it, so a value defined outside the hunk is seen', ({ expect }) => {
    const content = 'from flask import request\n\ndef view():\n    sql = f"SELECT * FROM t WHERE name = \'{request.args[\'n\']}\'"\n    x = 1\n    y = 2\n    z = 3\n    w = 4\n    cursor.execute(sql)\n'
    const diff = ['diff --git a/app.py b/app.py', '--- a/app.py', '+++ b/app.py', '@@ -9,0 +9,1 @@', '+    cursor.execute(sql)', ''].join('\n')
    const without = reviewChangeset([{ path: 'app.py', diff }], { profile: 'strict' }, { rules: sqlRule })
    const withContent = reviewChangeset([{ path: 'app.py', diff, content }], { profile: 'strict' }, { rules: sqlRule })
    expect(without.findings).toEqual([])
    expect(withContent.findings.map((f) => f.line)).toEqual([9])
  })

  it('keeps fingerprints when lines shift above a finding', ({ expect }) => {
    const body = 'def dl():\n    name = request.args.get("f")\n    return send_file(os.path.join(BASE, name))\n'
    const rules = allRules.filter((r) => r.meta.id === 'python/path-traversal')
    const a = reviewChangeset([{ path: 'app.py', diff: addedDiff('app.py', body) }], {}, { rules }).findings
    const b = reviewChangeset([{ path: 'app.py', diff: addedDiff('app.py', `import os\n\n${body}`) }], {}, { rules }).findings
    expect(a).toHaveLength(1)
    expect(b.map((f) => f.line)).toEqual([a[0]!.line! + 2])
    expect(b[0]!.fingerprint).toBe(a[0]!.fingerprint)
  })
})
