import { focusedTest } from '../../../../src/review/rules/changeset/focused-test'
import { testRule } from '../../rule-tester'

testRule(focusedTest, {
  valid: [
    { code: 'describe("cart", () => {\n  it("adds", () => {})\n})\n', path: 'src/cart.test.ts' },
    { code: '// it.only("x") while debugging\nit("x", () => {})\n', path: 'src/cart.test.ts' },
    { code: "const title = 'it.only(\"x\")'\n", path: 'src/cart.test.ts' },
    'const only = items.only(1)\nconst fitted = model.fit(x, y)\n',
    'const size = fit(box, 10)\n',
    { code: 'test.skip("later", () => {})\n', path: 'src/cart.test.ts' },
  ],
  invalid: [
    {
      code: 'describe("cart", () => {\n  it.only("adds an item", () => {})\n})\n',
      path: 'src/cart.test.ts',
      findings: [{ line: 2, message: /`it\.only\(\.\.\.\)` focuses this test/, suggestion: 'Remove the focus: `it(...)`.', severity: 'major' }],
    },
    { code: 'describe.only("cart", () => {})\n', path: 'src/cart.spec.js', findings: [{ line: 1, suggestion: /`describe\(\.\.\.\)`/ }] },
    { code: "test.describe.only('login', () => {})\n", path: 'e2e/login.spec.ts', findings: [{ line: 1, message: /test\.describe\.only/ }] },
    { code: "fit('adds', () => {})\nfdescribe(`cart`, () => {})\n", path: 'src/cart.spec.ts', findings: [{ line: 1, suggestion: /`it\(\.\.\.\)`/ }, { line: 2, suggestion: /`describe\(\.\.\.\)`/ }] },
    { code: 'it.concurrent.only("runs", async () => {})\n', path: 'src/x.test.ts', findings: [{ line: 1 }] },
  ],
})
