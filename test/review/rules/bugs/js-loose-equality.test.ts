import { looseEquality } from '../../../../src/review/rules/bugs/js-loose-equality'
import { testRule } from '../../rule-tester'

testRule(looseEquality, {
  valid: [
    'if (a === b && c !== d) run()\n',
    'if (user == null) return\nif (undefined != value) use(value)\n',
    "if (typeof cb == 'function') cb()\nif ('string' != typeof name) throw new TypeError()\n",
    "const label = 'a == b'\nconst t = `x != ${y}`\n",
    '// if (a == b) this would coerce\nconst x = 1\n',
    '/*\n * a == b\n */\nconst y = 2\n',
    'const re = /a==b/\nconst arrow = (x) => x\n',
    'if (x >= 1 && y <= 2) go()\n',
    'const defined = obj != void 0\n',
    'return { value: left.value != right.value } // eslint-disable-line eqeqeq\n',
  ],
  invalid: [
    {
      code: 'if (req.query.page == 1) {\n  showFirstPage()\n}\n',
      findings: [{ line: 1, message: /`req\.query\.page == 1` uses loose equality/, suggestion: 'Use strict comparison: `if (req.query.page === 1) {`.', severity: 'minor' }],
    },
    { code: "while (status != 'done') step()\n", findings: [{ line: 1, message: /loose inequality/, suggestion: /status !== 'done'/ }] },
    { code: 'const same = a == b && c != d\n', findings: [{ line: 1, suggestion: /a === b && c !== d/ }] },
    { code: 'const x = foo(a) == bar(b) // compare\n', findings: [{ line: 1, message: /`foo\(a\) == bar\(b\)`/ }] },
    { code: 'return <Item active={id == selected} />\n', path: 'src/List.tsx', findings: [{ line: 1 }] },
  ],
})
