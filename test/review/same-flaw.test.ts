import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { dropSameFlaw } from '../../src/review/findings'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'
import type { Finding } from '../../src/review/types'
import { addedDiff } from './rule-tester'

const rulesOn = (path: string, code: string, line: number) =>
  reviewChangeset([{ path, diff: addedDiff(path, code) }])
    .findings.filter((f) => f.line === line)
    .map((f) => f.ruleId)
    .sort()

describe('one flaw, one finding', () => {
  beforeAll(() => loadSyntaxRuntime())

  it('keeps the more precise of two rules that report the same flaw on a line', ({ expect }) => {
    expect(rulesOn('app/factory.py', 'from flask import Flask\n\napp = Flask(__name__)\napp.secret_key = "9f2b7c4e1a8d6f3b0e5a2c7d4f1b8e6a"\n', 4)).toEqual(['crypto/hardcoded-signing-key'])
    const whsec = 'whsec_' + '7d9f1a2b3c4e5f60718293a4b5c6d7e8'
    expect(rulesOn('src/hooks.ts', `import { createHmac } from 'node:crypto'\nexport const sign = (body: string) => createHmac('sha256', '${whsec}').update(body).digest('hex')\n`, 2)).toEqual(['secrets/stripe-key'])
    expect(rulesOn('app/pages.py', 'from starlette.responses import HTMLResponse\n\nasync def search(request):\n    term = request.query_params.get("q", "")\n    return HTMLResponse(f"<p>No results for <b>{term}</b></p>")\n', 5)).toEqual(['python/xss'])
  })

  it('keeps findings of different flaws on one line, and the generic one when it is alone', ({ expect }) => {
    const at = (ruleId: string, line: number | null, filePath = 'a.py') => ({ finding: { ruleId, line, filePath } as Finding })
    const kept = dropSameFlaw([at('secrets/hardcoded-secret', 3), at('python/sql-injection', 3), at('secrets/hardcoded-secret', 4), at('secrets/aws-access-key', 4), at('secrets/hardcoded-secret', 4, 'b.py'), at('changeset/no-tests', null)])
    expect(kept.map(({ finding: f }) => `${f.filePath}:${f.line}:${f.ruleId}`)).toEqual(['a.py:3:secrets/hardcoded-secret', 'a.py:3:python/sql-injection', 'a.py:4:secrets/aws-access-key', 'b.py:4:secrets/hardcoded-secret', 'a.py:null:changeset/no-tests'])
  })
})
