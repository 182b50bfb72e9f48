import { skippedTest } from '../../../../src/review/rules/changeset/skipped-test'
import { testRule } from '../../rule-tester'

testRule(skippedTest, {
  valid: [
    { code: 'it("charges the card", async () => {})\n', path: 'src/checkout.test.ts' },
    // Playwright's conditional skip carries its reason.
    { code: 'test("upload", async ({ browserName }) => {\n  test.skip(browserName === "webkit", "no file chooser")\n})\n', path: 'e2e/upload.spec.ts' },
    { code: '// it.skip("x") is how to skip\nconst skipped = items.skip(2)\n', path: 'src/a.test.ts' },
    { code: '@pytest.mark.skip(reason="flaky until #123 is fixed")\ndef test_sync():\n    pass\n', path: 'tests/test_sync.py' },
    { code: '@pytest.mark.skipif(sys.platform == "win32", reason="posix only")\ndef test_perms():\n    pass\n', path: 'tests/test_perms.py' },
    { code: '@unittest.skip("needs network")\ndef test_fetch(self):\n    pass\n', path: 'tests/test_fetch.py' },
    { code: 'func TestDB(t *testing.T) {\n\tt.Skip("needs a running database")\n}\n', path: 'db/db_test.go' },
    { code: 'def skip(n):\n    return n\n\n@skip\ndef f():\n    pass\n', path: 'app.py' },
  ],
  invalid: [
    {
      code: 'describe("checkout", () => {\n  it.skip("charges the card", async () => {})\n})\n',
      path: 'src/checkout.test.ts',
      findings: [{ line: 2, message: /`it\.skip\(\.\.\.\)` is skipped with no reason given/, severity: 'minor', suggestion: /`it\(\.\.\.\)`/ }],
    },
    { code: "xit('adds', () => {})\nxdescribe('cart', () => {})\n", path: 'src/cart.spec.js', findings: [{ line: 1, suggestion: /`it\(\.\.\.\)`/ }, { line: 2 }] },
    {
      code: '// flaky on CI, see #812\ntest.skip("syncs", () => {})\n',
      path: 'src/sync.test.ts',
      findings: [{ line: 2, severity: 'info', message: /the comment explains why/ }],
    },
    { code: '@pytest.mark.skip\ndef test_sync():\n    pass\n', path: 'tests/test_sync.py', findings: [{ line: 1, message: '`pytest.mark.skip` skips the test without saying why.' }] },
    { code: '@pytest.mark.skip()\ndef test_sync():\n    pass\n', path: 'tests/test_sync.py', findings: [{ line: 1, message: /`pytest\.mark\.skip\(\)`/ }] },
    { code: 'def test_x():\n    pytest.skip()\n', path: 'tests/test_x.py', findings: [{ line: 2, message: /`pytest\.skip\(\)`/ }] },
    { code: 'func TestDB(t *testing.T) {\n\tt.Skip()\n}\n', path: 'db/db_test.go', findings: [{ line: 2, message: '`t.Skip()` skips the test without saying why.', suggestion: /t\.Skip\("needs a running database"\)/ }] },
  ],
})
