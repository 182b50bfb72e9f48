import { assertRuntimeCheck } from '../../../../src/review/rules/bugs/python-assert-runtime-check'
import { testRule } from '../../rule-tester'

testRule(assertRuntimeCheck, {
  valid: [
    { code: 'def test_total():\n    assert total([1, 2]) == 3\n', path: 'tests/test_cart.py' },
    { code: 'def test_total():\n    assert total([1, 2]) == 3\n', path: 'cart_test.py' },
    { code: 'def fixture():\n    assert db.ready\n', path: 'conftest.py' },
    // Type narrowing for checkers, not validation.
    'def f(node):\n    assert isinstance(node, Leaf)\n    assert node.parent is not None\n',
    'mock.assert_called_once_with(1)\nself.assertEqual(a, b)\n',
    '# assert x > 0\nx = 1\n',
    'def f():\n    """\n    assert that the input is valid\n    """\n',
  ],
  invalid: [
    {
      code: 'def withdraw(account, amount):\n    assert amount > 0, "amount must be positive"\n',
      findings: [
        {
          line: 2,
          message: /`assert amount > 0` is removed when Python runs with `-O`/,
          suggestion: 'Raise explicitly: `if amount <= 0: raise ValueError("amount must be positive")`.',
          severity: 'minor',
        },
      ],
    },
    { code: 'assert user.is_admin\n', findings: [{ line: 1, suggestion: /`if not user\.is_admin: raise ValueError\("user\.is_admin failed"\)`/ }] },
    { code: 'assert request.method in ("GET", "HEAD"), request.method\n', findings: [{ line: 1, suggestion: /if request\.method not in \("GET", "HEAD"\): raise ValueError\(request\.method\)/ }] },
    { code: 'assert a and b\n', findings: [{ line: 1, suggestion: /if not \(a and b\)/ }] },
    { code: 'assert (\n    len(rows) < 100\n), "too many rows"\n', findings: [{ line: 1, message: /This `assert`/ }] },
  ],
})
