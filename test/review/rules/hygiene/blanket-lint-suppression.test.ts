import { blanketLintSuppression } from '../../../../src/review/rules/hygiene/blanket-lint-suppression'
import { testRule } from '../../rule-tester'

testRule(blanketLintSuppression, {
  valid: [
    '// @ts-expect-error PORT is validated at startup\nconst port: number = process.env.PORT\n',
    '// eslint-disable-next-line no-console -- CLI output\nconsole.log(port)\n',
    '/* eslint-disable @typescript-eslint/no-explicit-any */\n',
    "const s = '// @ts-ignore'\n",
    { code: 'import os  # noqa: F401\nx = y  # type: ignore[attr-defined]\n', path: 'app.py' },
    { code: '# pylint: disable=too-many-arguments\n', path: 'app.py' },
    { code: 'from .retry import retry_all  # noqa\n', path: 'pkg/__init__.py' },
    { code: 'defer f.Close() //nolint:errcheck // best effort\n', path: 'main.go' },
  ],
  invalid: [
    {
      code: '// @ts-ignore\nconst port: number = process.env.PORT\n',
      findings: [{ line: 1, message: /`@ts-ignore` hides every type error/, suggestion: /@ts-expect-error/, severity: 'minor' }],
    },
    { code: '// @ts-nocheck\n', findings: [{ line: 1, message: /whole file/ }] },
    { code: '/* eslint-disable */\nexport const x = 1\n', findings: [{ line: 1, message: /`eslint-disable` turns off every ESLint rule/ }] },
    { code: 'run() // eslint-disable-line\n', path: 'src/app.js', findings: [{ line: 1 }] },
    { code: 'value = compute(a, b)  # noqa\n', path: 'app.py', findings: [{ line: 1, suggestion: /noqa: E501/ }] },
    { code: 'x = y  # type: ignore\n', path: 'app.py', findings: [{ line: 1, message: /`type: ignore`/ }] },
    { code: '# pylint: disable=all\n', path: 'app.py', findings: [{ line: 1 }] },
    { code: 'defer f.Close() //nolint\n', path: 'main.go', findings: [{ line: 1 }] },
  ],
})
