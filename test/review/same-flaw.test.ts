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

  it('reports a blocking call that is also a security flaw, and a compile that is template injection, once', ({ expect }) => {
    expect(rulesOn('app/proxy.py', 'import requests\nfrom flask import request\n\n@app.get("/proxy")\nasync def proxy():\n    return requests.get(request.args["url"], timeout=5).text\n', 6)).toEqual(['python/ssrf'])
    expect(rulesOn('app/tools.py', 'import subprocess\nfrom flask import request\n\n@app.post("/ping")\nasync def ping():\n    return subprocess.run(f"ping -c 1 {request.form[\'host\']}", shell=True).returncode\n', 6)).toEqual(['python/shell-injection'])
    expect(rulesOn('app/files.py', 'from fastapi import FastAPI\n\napi = FastAPI()\n\n@api.get("/d")\nasync def d(path: str):\n    return open(f"/srv/data/{path}").read()\n', 7)).toEqual(['python/path-traversal'])
    expect(rulesOn('src/routes/tools.js', "const { execSync } = require('child_process')\nrouter.get('/ping', async (req, res) => {\n  res.send(execSync(`ping -c 1 ${req.query.host}`).toString())\n})\n", 3)).toEqual(['js/shell-injection'])
    expect(rulesOn('src/routes/themes.js', "const fs = require('fs')\nrouter.get('/theme', async (req, res) => {\n  res.send(fs.readFileSync(path.join(THEMES, req.query.name, 'style.css')))\n})\n", 3)).toEqual(['js/path-traversal'])
    expect(rulesOn('app/mail.py', 'import jinja2\n\ntpl = jinja2.Template("Dear " + customer_name + ",")\n', 3)).toEqual(['python/template-injection'])
  })

  it('keeps findings of different flaws on one line, and the generic one when it is alone', ({ expect }) => {
    const at = (ruleId: string, line: number | null, filePath = 'a.py') => ({ finding: { ruleId, line, filePath } as Finding })
    const kept = dropSameFlaw([at('secrets/hardcoded-secret', 3), at('python/sql-injection', 3), at('secrets/hardcoded-secret', 4), at('secrets/aws-access-key', 4), at('secrets/hardcoded-secret', 4, 'b.py'), at('changeset/no-tests', null)])
    expect(kept.map(({ finding: f }) => `${f.filePath}:${f.line}:${f.ruleId}`)).toEqual(['a.py:3:secrets/hardcoded-secret', 'a.py:3:python/sql-injection', 'a.py:4:secrets/aws-access-key', 'b.py:4:secrets/hardcoded-secret', 'a.py:null:changeset/no-tests'])
  })
})
