import { todoComment } from '../../../../src/review/rules/hygiene/todo-comment'
import { testRule } from '../../rule-tester'

testRule(todoComment, {
  valid: [
    'const todoList = []\nfunction addTodo(todo) {}\n',
    "const label = 'TODO: not a comment'\n",
    '// TODO(#482): handle partial refunds\n',
    '// FIXME: see https://github.com/acme/app/issues/12\n',
    '// TODO PAY-311 support refunds\n',
    '// Format: XXX-XXX-XXXX\n',
    { code: '- [ ] TODO: write docs\n', path: 'README.md' },
    { code: 'def f():\n    """TODO: document this"""\n', path: 'app.py' },
  ],
  invalid: [
    {
      code: 'export function refund(order) {\n  // TODO: handle partial refunds\n  return payments.refund(order.id)\n}\n',
      findings: [{ line: 2, message: 'New TODO: "handle partial refunds"', severity: 'info', suggestion: /TODO\(#123\)/ }],
    },
    { code: 'x = compute()  # FIXME this overflows for large inputs\n', path: 'app.py', findings: [{ line: 1, message: 'New FIXME: "this overflows for large inputs"' }] },
    { code: '/**\n * HACK: the API returns strings for numbers\n */\n', findings: [{ line: 2, message: /New HACK: "the API returns strings for numbers"/ }] },
    { code: '// todo: remove after launch\n', findings: [{ line: 1, message: 'New TODO: "remove after launch"' }] },
    { code: '// XXX\n', findings: [{ line: 1, message: 'New XXX comment without a description.' }] },
    { code: 'RUN make build # TODO pin the base image\n', path: 'Dockerfile', findings: [{ line: 1, message: /pin the base image/ }] },
    { code: '-- TODO: add an index on email\nSELECT 1;\n', path: 'db/schema.sql', findings: [{ line: 1 }] },
  ],
})
