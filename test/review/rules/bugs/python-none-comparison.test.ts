import { noneComparison } from '../../../../src/review/rules/bugs/python-none-comparison'
import { testRule } from '../../rule-tester'

testRule(noneComparison, {
  valid: [
    'if user.email is None:\n    invite(user)\n',
    'if value is not None:\n    use(value)\n',
    // SQLAlchemy builds SQL from `==`; `is None` would be wrong there.
    'rows = session.query(User).filter(User.deleted_at == None).all()\n',
    'stmt = select(User).where(User.email != None)\n',
    'msg = "value == None"  # x == None\n',
    'def f():\n    """Return True if x == None."""\n    return x\n',
    'NoneType = type(None)\n',
  ],
  invalid: [
    {
      code: 'if user.email == None:\n    invite(user)\n',
      findings: [{ line: 1, message: /`user\.email == None`/, suggestion: '`if user.email is None:`', severity: 'minor' }],
    },
    { code: 'while node != None:\n    node = node.next\n', findings: [{ line: 1, suggestion: '`while node is not None:`' }] },
    { code: 'ok = a == None or b != None\n', findings: [{ line: 1, suggestion: '`ok = a is None or b is not None`' }] },
    { code: 'if None == result["id"]:\n    pass\n', findings: [{ line: 1, suggestion: /None is result\["id"\]/ }] },
  ],
})
