import { longLine } from '../../../../src/review/rules/hygiene/long-line'
import { testRule } from '../../rule-tester'

const long = (n: number) => `export const result = compute(${Array.from({ length: n }, (_, i) => `argument${i}`).join(', ')})`

testRule(longLine, {
  valid: [
    long(5) + '\n',
    `const message = "${'word '.repeat(60)}"\n`,
    `// See https://example.com/${'a'.repeat(200)}\nconst x = 1\n`,
    `const blob = '${'A'.repeat(300)}'\n`,
    `// ${'Comments are prose and may run long without hurting the code. '.repeat(4)}\nconst x = 1\n`,
    `const data = [${'1'.repeat(250)}]\n`,
    { code: `${'word '.repeat(60)}\n`, path: 'README.md' },
    { code: `{"key": "${'v'.repeat(300)}"}\n`, path: 'data.json' },
  ],
  invalid: [
    {
      code: `${long(20)}\n`,
      findings: [{ line: 1, message: /^Line 1 is \d+ characters long \(limit 160\)\.$/, severity: 'info' }],
    },
    {
      code: `const a = 1\n${long(20)}\n${long(21)}\nconst b = 2\n${long(22)}\n`,
      findings: [{ line: 2, message: /Line 2 is \d+ characters long \(limit 160\); 1 more added line in this file is too\./ }],
    },
    { code: `result = compute(${Array.from({ length: 20 }, (_, i) => `argument${i}`).join(', ')})  # ${'note '.repeat(5)}\n`, path: 'app.py', findings: [{ line: 1 }] },
    {
      code: `def f():\n    '''\n    ${'Docstring text is a string. '.repeat(8)}\n    '''\n    ${long(20).replace('export const ', '')}\n`,
      path: 'app.py',
      findings: [{ line: 5 }],
    },
  ],
})
