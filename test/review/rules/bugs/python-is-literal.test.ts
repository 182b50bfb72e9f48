import { isLiteral } from '../../../../src/review/rules/bugs/python-is-literal'
import { testRule } from '../../rule-tester'

testRule(isLiteral, {
  valid: [
    'if token is None or flag is True or done is False:\n    pass\n',
    'if value is ...:\n    pass\n',
    'if status == "active":\n    pass\n',
    'if a is b:\n    pass\n',
    'if isinstance(x, int) and x is not sentinel:\n    pass\n',
    'msg = "x is 1 and y is \'a\'"\n',
    '# this is 1 example\nx = 1\n',
    'if type(x) is tuple:\n    pass\n',
  ],
  invalid: [
    {
      code: 'if status is "active":\n    activate(user)\n',
      findings: [{ line: 1, message: /`is "active"`/, suggestion: /`if status == "active":`/, severity: 'major' }],
    },
    { code: 'if count is not 0:\n    flush()\n', findings: [{ line: 1, suggestion: /`if count != 0:`/ }] },
    { code: 'if items is []:\n    pass\n', findings: [{ line: 1, message: /always false/ }] },
    { code: 'if args is ():\n    pass\n', findings: [{ line: 1, message: /`is \(\)`/ }] },
    { code: 'done = 1000 is limit\n', findings: [{ line: 1, message: /`is 1000`/, suggestion: /`done = 1000 == limit`/ }] },
    { code: "if mode is not 'rb':\n    pass\n", findings: [{ line: 1, suggestion: /mode != 'rb'/ }] },
  ],
})
