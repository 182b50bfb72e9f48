import { consoleLog } from '../../../../src/review/rules/hygiene/js-console-log'
import { testRule } from '../../rule-tester'

testRule(consoleLog, {
  valid: [
    'console.error("payment failed", err)\nconsole.warn("deprecated option")\nconsole.info("started")\n',
    { code: 'it("works", () => {\n  console.log(result)\n})\n', path: 'src/cart.test.ts' },
    { code: 'console.log(`migrated ${n} rows`)\n', path: 'scripts/migrate.ts' },
    { code: 'console.log(usage)\n', path: 'src/cli.ts' },
    { code: '#!/usr/bin/env node\nconsole.log("hello")\n', path: 'src/hello.js' },
    '// console.log(user)\nconst x = 1\n',
    "const hint = 'call console.log(x) to debug'\n",
    'if (process.env.DEBUG) {\n  console.log("state", state)\n}\n',
    'logger.console.log(x)\nmyconsole.log(y)\n',
  ],
  invalid: [
    {
      code: 'export async function createUser(input) {\n  console.log("input", input)\n  return db.insert(users).values(input)\n}\n',
      findings: [{ line: 2, message: /`console\.log\("input", input\)` looks like leftover debug output/, severity: 'minor', suggestion: /console\.info/ }],
    },
    { code: 'const total = sum(items)\nconsole.debug(total)\n', findings: [{ line: 2, message: /console\.debug/ }] },
    { code: 'function f() {\n  console.trace()\n}\n', path: 'src/lib/f.js', findings: [{ line: 2, suggestion: /Remove the `console\.trace` call/ }] },
    { code: '<script setup>\nconsole.log(props)\n</script>\n', path: 'src/App.vue', findings: [{ line: 2 }] },
  ],
})
