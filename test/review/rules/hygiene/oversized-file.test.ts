import { oversizedFile } from '../../../../src/review/rules/hygiene/oversized-file'
import { testRule } from '../../rule-tester'

const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const value${i} = ${i}\n`).join('')

testRule(oversizedFile, {
  valid: [
    lines(1000),
    { code: lines(1200), path: 'test/fixtures/big.ts' },
    { code: lines(1200), path: 'src/db/migrations/0001_init.ts' },
    { code: lines(1200), path: 'src/types/api.d.ts' },
    { code: '{}\n'.repeat(1200), path: 'data/big.json' },
  ],
  invalid: [
    {
      code: lines(1001),
      findings: [{ line: 1, message: '`src/app.ts` adds 1,001 lines in one file (over 1000), which is hard to review as a unit.', severity: 'info' }],
    },
    { code: 'x = 1\n'.repeat(1500), path: 'app/services.py', findings: [{ line: 1, message: /1,500 lines/ }] },
  ],
})
