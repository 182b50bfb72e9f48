import { printStatement } from '../../../../src/review/rules/hygiene/python-print-statement'
import { testRule } from '../../rule-tester'

testRule(printStatement, {
  valid: [
    { code: 'def test_total():\n    print(total([1]))\n', path: 'tests/test_cart.py' },
    { code: 'print("migrating")\n', path: 'scripts/migrate.py' },
    { code: 'print("usage: tool <file>")\n', path: 'mypkg/cli.py' },
    { code: 'print("hi")\n', path: 'mypkg/__main__.py' },
    'def main():\n    print("done")\n\nif __name__ == "__main__":\n    main()\n',
    'import argparse\n\nparser = argparse.ArgumentParser()\nprint(parser.parse_args())\n',
    'import sys\n\ndef warn(msg):\n    print(msg, file=sys.stderr)\n',
    '# print(user)\nlogger.info("user %s", user.id)\n',
    'def f():\n    """\n    print(x) shows x\n    """\n    return pprint(x)\n',
  ],
  invalid: [
    {
      code: 'def charge(order):\n    print("charging", order.id, order.total)\n    return gateway.charge(order.total)\n',
      findings: [{ line: 2, message: /`print\("charging", order\.id, order\.total\)` writes to stdout/, suggestion: /logging\.getLogger/, severity: 'minor' }],
    },
    { code: 'class Repo:\n    def save(self, row):\n        print(row)\n', path: 'app/models/repo.py', findings: [{ line: 3 }] },
    { code: 'result = compute()\nprint (result)\n', findings: [{ line: 2 }] },
  ],
})
