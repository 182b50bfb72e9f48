import { debuggerStatement } from '../../../../src/review/rules/hygiene/debugger-statement'
import { testRule } from '../../rule-tester'

testRule(debuggerStatement, {
  valid: [
    'function total(items) {\n  return items.length\n}\n',
    '// debugger\nconst debuggerEnabled = false\nconst opts = { debugger: true }\n',
    "const help = 'add a debugger; statement'\n",
    { code: 'def f():\n    # breakpoint()\n    return 1\n', path: 'app.py' },
    { code: 'bp = self.breakpoint()\nimport pdb\n', path: 'app.py' },
    { code: 'gem "byebug", group: :development\n', path: 'Gemfile' },
    { code: 'def breaker(loc):\n    # this call to pdb.set_trace() is intentional, not a checkin error\n    pdb.set_trace()\n', path: 'app.py' },
  ],
  invalid: [
    {
      code: 'function total(items) {\n  debugger\n  return items.length\n}\n',
      findings: [{ line: 2, message: /`debugger` is a breakpoint/, suggestion: 'Remove the `debugger` line before merging.', severity: 'major' }],
    },
    { code: 'if (x) { debugger; }\n', path: 'src/app.ts', findings: [{ line: 1 }] },
    { code: 'def f(x):\n    breakpoint()\n    return x\n', path: 'app.py', findings: [{ line: 2, message: /waits for a debugger on stdin/ }] },
    { code: 'import pdb; pdb.set_trace()\n', path: 'app.py', findings: [{ line: 1, message: /`pdb\.set_trace\(\)`/ }] },
    { code: 'import ipdb\nipdb.set_trace()\n', path: 'svc/views.py', findings: [{ line: 2 }] },
    { code: 'def show\n  binding.pry\nend\n', path: 'app/controllers/users_controller.rb', findings: [{ line: 2, message: /binding\.pry/ }] },
  ],
})
