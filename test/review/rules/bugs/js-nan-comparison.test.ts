import { jsNanComparison } from '../../../../src/review/rules/bugs/js-nan-comparison'
import { testRule } from '../../rule-tester'

testRule(jsNanComparison, {
  valid: [
    'if (Number.isNaN(n)) throw new Error()\n',
    'const x = NaN\nlet y = Number.NaN\n',
    "const msg = 'x === NaN is always false'\n",
    '// never write n === NaN\nconst z = 1\n',
    'const isBad = isNaN(value)\n',
  ],
  invalid: [
    {
      code: 'if (n === NaN) throw new Error("not a number")\n',
      findings: [{ line: 1, message: /`=== NaN` is always false/, suggestion: 'Use `Number.isNaN(n)`.', severity: 'major' }],
    },
    { code: 'const ok = value !== NaN\n', findings: [{ line: 1, message: /always true/, suggestion: 'Use `!Number.isNaN(value)`.' }] },
    { code: 'if (NaN == parsed.total) return\n', findings: [{ line: 1, message: /`NaN ==`/ }] },
    { code: 'if (x != Number.NaN) go()\n', findings: [{ line: 1 }] },
  ],
})
