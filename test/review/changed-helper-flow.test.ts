/**
 * A change that rewrites only a helper's `return` can open a flow into a sink it left alone: the unchanged
 * `send_file(_export_path(name))` then reports, because the step the change made lies on the way.
 */
import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'

const diff = (returned: string) => [
  '--- a/app/downloads.py',
  '+++ b/app/downloads.py',
  '@@ -1,6 +1,6 @@',
  ' from flask import request, send_file',
  ' @bp.get("/d")',
  ' def download_export():',
  '     return send_file(_export_path(request.args["name"]))',
  ' def _export_path(name):',
  '-    return os.path.join(EXPORT_DIR, os.path.basename(name))',
  `+    return ${returned}`,
  '',
].join('\n')

describe('flows through a helper the change rewrote', () => {
  beforeAll(() => loadSyntaxRuntime())

  it('reports the unchanged sink when the new return lets request data through', ({ expect }) => {
    const { findings } = reviewChangeset([{ path: 'app/downloads.py', diff: diff('os.path.join(EXPORT_DIR, name.lstrip("/"))') }])
    expect(findings.filter((f) => f.ruleId === 'python/path-traversal').map((f) => f.line)).toEqual([4])
  })

  it('stays quiet when the rewritten return still sanitises', ({ expect }) => {
    const { findings } = reviewChangeset([{ path: 'app/downloads.py', diff: diff('os.path.join(EXPORT_DIR, secure_filename(name))') }])
    expect(findings.filter((f) => f.ruleId === 'python/path-traversal')).toEqual([])
  })
})
