import { commentedOutCode } from '../../../../src/review/rules/hygiene/commented-out-code'
import { testRule } from '../../rule-tester'

testRule(commentedOutCode, {
  valid: [
    // Four lines is below the threshold.
    'function f() {\n  // const a = 1\n  // const b = 2\n  // log(a, b)\n  // return a + b\n  return 0\n}\n',
    '// Discounts are applied upstream by the cart service, so the\n// items here are already priced. Keep this function a plain sum\n// so the cart and invoice totals can never disagree with each other\n// even when a discount code expires during checkout, which happens\n// more often than you would think.\nexport const x = 1\n',
    '/**\n * const a = 1\n * const b = 2\n * const c = 3\n * const d = 4\n * const e = 5\n */\nexport const y = 1\n',
    '// Example:\n//   const client = new Client({\n//     apiKey: key,\n//   })\n//   await client.send(msg)\n//   client.close()\nexport class Client {}\n',
    { code: '# Copyright 2024 Acme Inc.\n# Licensed under the Apache License, Version 2.0 (the "License");\n# you may not use this file except in compliance with the License.\n# You may obtain a copy of the License at\n# distributed under the License is distributed on an "AS IS" BASIS.\nimport os\n', path: 'app.py' },
    // An example indented under the prose that explains it.
    'function f() {\n  // Defaults resolve in the outer scope:\n  //     const x = 1\n  //     function f(a = x) {\n  //         const x = 2\n  //         console.log(a)\n  //     }\n  return 1\n}\n',
    { code: '/// let a = 1;\n/// let b = 2;\n/// let c = 3;\n/// let d = 4;\n/// let e = 5;\nfn f() {}\n', path: 'src/lib.rs' },
  ],
  invalid: [
    {
      code: 'export function total(items) {\n  // const discount = getDiscount(user)\n  // if (discount) {\n  //   items = applyDiscount(items, discount)\n  // }\n  // logTotal(items)\n  return sum(items)\n}\n',
      findings: [{ line: 2, message: 'Lines 2–6 are commented-out code (5 lines).', severity: 'minor', suggestion: /version control/ }],
    },
    {
      code: 'def handler(event):\n    # data = json.loads(event["body"])\n    # if not data:\n    #     return {"statusCode": 400}\n    #\n    # result = process(data)\n    # return {"statusCode": 200, "body": result}\n    return None\n',
      path: 'app.py',
      findings: [{ line: 2, message: /Lines 2–7/ }],
    },
    {
      code: 'func main() {\n\t// cfg := loadConfig()\n\t// srv := NewServer(cfg)\n\t// srv.Start()\n\t// defer srv.Stop()\n\t// wait()\n}\n',
      path: 'main.go',
      findings: [{ line: 2 }],
    },
    {
      // A block kept together across lines that are neither code nor prose (SQL in a template).
      code: 'class Dialect {\n  // async migrate(session) {\n  //   const create = sql`\n  //     CREATE TABLE IF NOT EXISTS migrations (\n  //       id SERIAL PRIMARY KEY,\n  //       hash text NOT NULL\n  //     )\n  //   `;\n  //   await session.execute(create);\n  //   const rows = await session.all(select);\n  //   return rows[0];\n  // }\n}\n',
      findings: [{ line: 2, message: /Lines 2–12/ }],
    },
  ],
})
