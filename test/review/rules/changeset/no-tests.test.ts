import { noTests } from '../../../../src/review/rules/changeset/no-tests'
import { testRule } from '../../rule-tester'

const logic = 'export function applyDiscount(total: number, code: string): number {\n  if (code === "WELCOME10") return total * 0.9\n  if (code === "HALF") return total / 2\n  if (total > 100) return total - 5\n  return total\n}\n'
const pyLogic = 'def score(user):\n    total = 0\n    for event in user.events:\n        if event.kind == "login":\n            total += 1\n    return total\n'

testRule(noTests, {
  valid: [
    { code: '', files: [{ path: 'src/discount.ts', code: logic }, { path: 'src/discount.test.ts', code: 'it("works", () => {})\n' }] },
    { code: '', files: [{ path: 'app/score.py', code: pyLogic }, { path: 'tests/test_score.py', code: 'def test_score():\n    pass\n' }] },
    { code: '', files: [{ path: 'pkg/score.go', code: 'func Score() int {\n\tx := 1\n\tx++\n\tx *= 2\n\tx--\n\treturn x\n}\n' }, { path: 'pkg/score_test.go', code: 'package pkg\n' }] },
    // Docs, config, CI and dependencies need no test.
    { code: '', files: [{ path: 'README.md', code: '# App\n\nUsage...\n' }, { path: '.github/workflows/ci.yml', code: 'on: push\n' }, { path: 'package.json', code: '{}\n' }] },
    { code: '', files: [{ path: 'vite.config.ts', code: logic }, { path: 'scripts/seed.ts', code: logic }, { path: 'src/types.d.ts', code: logic }] },
    // Imports, types and a one-line tweak are not enough logic to ask for tests.
    { code: '', files: [{ path: 'src/types.ts', code: 'import type { A } from "./a"\nexport interface User {\n  id: string\n  name?: string\n  tags: string[]\n}\nexport type Id = string\n' }] },
    { code: '', files: [{ path: 'src/config.ts', code: 'export const TIMEOUT = 30\n' }] },
    // Snapshot updates and in-source tests count as test changes.
    { code: '', files: [{ path: 'src/view.tsx', code: logic }, { path: 'src/__snapshots__/view.test.tsx.snap', code: 'exports[`x`] = `y`\n' }] },
    { code: '', files: [{ path: 'src/lib.rs', code: 'pub fn add(a: i32, b: i32) -> i32 {\n    let c = a + b;\n    let d = c * 2;\n    let e = d - c;\n    e + 0\n}\n#[cfg(test)]\nmod tests {}\n' }] },
  ],
  invalid: [
    {
      code: '',
      files: [{ path: 'src/discount.ts', code: logic }],
      findings: [{ filePath: null, line: null, message: '`src/discount.ts` changes program logic (6 added lines), but no test was added or updated.', suggestion: 'Add tests for the new behaviour, e.g. `src/discount.test.ts`.', severity: 'minor' }],
    },
    {
      code: '',
      files: [{ path: 'app/score.py', code: pyLogic }, { path: 'README.md', code: 'Docs\n' }],
      findings: [{ filePath: null, message: /`app\/score\.py` changes program logic \(6 added lines\)/, suggestion: /`tests\/test_score\.py`/ }],
    },
    {
      code: '',
      files: [
        { path: 'src/a.ts', code: logic },
        { path: 'src/b.js', code: 'const x = load()\nsave(x)\n' },
        { path: 'src/c.ts', code: logic + 'export const y = compute()\n' },
      ],
      findings: [{ line: null, message: '`src/c.ts`, `src/a.ts` and 1 more file change program logic (15 added lines), but no test was added or updated.' }],
    },
    {
      code: '',
      files: [{ path: 'pkg/score.go', code: 'package pkg\n\nfunc Score() int {\n\tx := 1\n\tx++\n\tx *= 2\n\tx--\n\treturn x\n}\n' }],
      findings: [{ suggestion: /`pkg\/score_test\.go`/ }],
    },
  ],
})
