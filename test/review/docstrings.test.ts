import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'
import { addedDiff } from './rule-tester'

const review = (path: string, code: string) => reviewChangeset([{ path, diff: addedDiff(path, code) }]).findings.filter((f) => f.line !== null)

// The same settings lines, once as code and once as a docstring's example.
const SETTINGS = ['DEBUG = True', 'SESSION_COOKIE_SECURE = False', 'result = eval(expression)']

describe('Python docstrings', () => {
  beforeAll(() => loadSyntaxRuntime())

  it('code rules report a settings line as code, but not as a docstring example', ({ expect }) => {
    const asCode = review('app/settings.py', `import os\n\n${SETTINGS.join('\n')}\n`)
    expect(asCode.map((f) => f.ruleId).sort()).toEqual(['crypto/debug-mode', 'crypto/insecure-cookie', 'python/code-eval'])
    const indented = SETTINGS.map((l) => `        ${l}`).join('\n')
    const asDocs = review('app/settings.py', `class Config(dict):\n    """Load settings from a module, for example::\n\n${indented}\n    """\n\n    def load(self, name):\n        return self.from_object(name)\n`)
    expect(asDocs).toEqual([])
  })

  it('a leaked key counts wherever it is written', ({ expect }) => {
    const key = 'AKIA' + 'Z7QW3RTYU4IOP5AS'
    const found = review('app/settings.py', `def connect():\n    """Example::\n\n        aws_access_key_id = "${key}"\n    """\n    return boto3.client("s3")\n`)
    expect(found.map((f) => [f.ruleId, f.line])).toContainEqual(['secrets/aws-access-key', 4])
  })
})
