import { mapParseInt } from '../../../../src/review/rules/bugs/js-map-parseint'
import { parseIntRadix } from '../../../../src/review/rules/bugs/js-parseint-radix'
import { testRule } from '../../rule-tester'

testRule(parseIntRadix, {
  valid: [
    'const page = parseInt(req.query.page, 10)\n',
    'const hex = Number.parseInt(value, 16)\n',
    'const n = parseInt(\n  value,\n  10,\n)\n',
    "// parseInt(x) without a radix\nconst msg = 'parseInt(x)'\n",
    'function parseInt(s) {\n  return Number(s)\n}\n',
    'const v = lib.parseInt(x)\n',
    'const n = parseInt(Math.max(a, b), 10)\n',
    // digits a number formatted itself never start with 0x
    'const valInt = Number.parseInt(val.toFixed(decCount).replace(".", ""))\n',
  ],
  invalid: [
    {
      code: 'const page = parseInt(req.query.page)\n',
      findings: [{ line: 1, message: /`parseInt\(req\.query\.page\)` has no radix/, suggestion: /`parseInt\(req\.query\.page, 10\)`/, severity: 'minor' }],
    },
    { code: 'const n = Number.parseInt(input.trim())\n', findings: [{ line: 1, suggestion: /Number\.parseInt\(input\.trim\(\), 10\)/ }] },
    { code: 'const total = parseInt(getValue(a, b)) + 1\n', findings: [{ line: 1, message: /parseInt\(getValue\(a, b\)\)/ }] },
    { code: 'const cents = parseInt(input.toFixed ? input : String(input))\n', findings: [{ line: 1 }] },
  ],
})

testRule(mapParseInt, {
  valid: ["const ids = ['1', '2'].map((s) => parseInt(s, 10))\n", 'const counts = values.map(Number)\n', "// .map(parseInt) is a bug\nconst note = '.map(parseInt)'\n"],
  invalid: [
    { code: "const ids = ['1', '2'].map(parseInt)\n", findings: [{ line: 1, message: /index as the radix/, severity: 'major' }] },
    { code: 'const ports = raw.split(",").map(Number.parseInt)\n', findings: [{ line: 1 }] },
  ],
})
