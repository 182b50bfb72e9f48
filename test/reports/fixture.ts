import type { Category, Pack, RuleMeta, Severity, Tier } from '../../src/review/types'
import type { ReportFinding, ReportInput } from '../../src/reports/types'

/** A hand-written catalog, so report tests do not move when real rules are reworded. */
function rule(id: string, title: string, severity: Severity, category: Category, pack: Pack, tier: Tier): RuleMeta {
  return {
    id,
    title,
    severity,
    category,
    pack,
    tier,
    languages: '*',
    description: `${title}: why it matters, with \`code\` quoted the way real rule docs do.`,
    examples: { bad: `// ${id}: bad\nbad()\n`, good: `// ${id}: good\ngood()\n` },
  }
}

export const RULES: RuleMeta[] = [
  rule('secrets/aws-access-key', 'AWS access key committed', 'critical', 'security', 'secrets', 'core'),
  rule('secrets/jwt', 'JSON Web Token committed', 'major', 'security', 'secrets', 'core'),
  rule('python/sql-injection', 'SQL built from runtime values', 'critical', 'security', 'injection', 'core'),
  rule('crypto/insecure-random', 'Predictable random used for a secret', 'major', 'security', 'crypto', 'core'),
  rule('python/none-comparison', 'Comparison to `None` with `==`', 'minor', 'bug', 'bugs', 'recommended'),
  rule('js/loose-equality', 'Loose equality', 'minor', 'bug', 'bugs', 'strict'),
  rule('js/console-log', 'Leftover `console.log`', 'minor', 'maintainability', 'hygiene', 'recommended'),
  rule('hygiene/todo-comment', 'TODO left in code', 'info', 'maintainability', 'hygiene', 'strict'),
  rule('hygiene/oversized-file', 'Very large file added', 'info', 'maintainability', 'hygiene', 'recommended'),
  rule('hygiene/debugger-statement', 'Debugger statement', 'major', 'bug', 'hygiene', 'core'),
  rule('changeset/no-tests', 'Source changes without test changes', 'minor', 'testing', 'changeset', 'recommended'),
]

let nextId = 1

export function finding(overrides: Partial<ReportFinding> & Pick<ReportFinding, 'rule_id' | 'severity' | 'category'>): ReportFinding {
  const id = `f-${String(nextId++).padStart(3, '0')}`
  return {
    id,
    file_path: 'src/app.ts',
    line: 1,
    end_line: null,
    message: 'Something is wrong here.',
    suggestion: null,
    fingerprint: `fp-${id}`,
    source: 'rule',
    status: 'open',
    status_reason: null,
    status_by: null,
    status_at: null,
    first_revision: 1,
    last_revision: 2,
    ...overrides,
  }
}

/** Every shape a report has to handle, in one realistic changeset. */
export function buildFindings(): ReportFinding[] {
  nextId = 1
  return [
    finding({
      rule_id: 'secrets/aws-access-key', severity: 'critical', category: 'security',
      file_path: 'src/config/aws.ts', line: 12, fingerprint: 'a1b2c3d4e5f60718',
      message: 'AWS access key id `AKIA…7Z` committed with its secret.',
      suggestion: 'Rotate the key in IAM (it stays in git history) and read it from `process.env.AWS_ACCESS_KEY_ID`.',
    }),
    finding({
      rule_id: 'python/sql-injection', severity: 'major', category: 'security',
      file_path: 'app/db/users.py', line: 41, end_line: 43, fingerprint: '0f1e2d3c4b5a6978',
      message: 'SQL built with an f-string: `cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")`.',
      suggestion: 'Pass parameters separately: `cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))`.',
    }),
    finding({
      rule_id: 'python/none-comparison', severity: 'major', category: 'bug',
      file_path: 'app/db/users.py', line: 57, fingerprint: '1122334455667788',
      message: '`user == None` can be true for objects that override `__eq__`.',
      suggestion: '```suggestion\n    if user is None:\n```',
    }),
    finding({
      rule_id: 'ai/webhook-replay', severity: 'major', category: 'bug', source: 'ai',
      file_path: 'app/payments/webhook.py', line: 23, fingerprint: '99aabbccddeeff00',
      message: 'Two deliveries of the same event can both pass the `processed` check before either records it.',
      suggestion: 'Record the event id with an atomic `INSERT ... ON CONFLICT DO NOTHING` and skip when no row was inserted.',
    }),
    finding({
      rule_id: 'js/console-log', severity: 'minor', category: 'maintainability',
      file_path: 'web/src/pages/Checkout page.tsx', line: 88, fingerprint: 'abcdef0123456789',
      message: "`console.log(order)` prints the whole order | card data, e.g. <script>alert('pwned')</script> from the name field.",
      suggestion: 'Remove the call, or log the order id with the app logger.',
    }),
    finding({
      rule_id: 'crypto/insecure-random', severity: 'minor', category: 'security',
      file_path: 'web/src/token.ts', line: 5, fingerprint: '5555666677778888',
      message: 'Reset token built from `Math.random()`.',
      suggestion: 'crypto.getRandomValues(new Uint32Array(4)).join("")',
    }),
    finding({
      rule_id: 'hygiene/oversized-file', severity: 'minor', category: 'maintainability',
      file_path: 'web/src/generated/schema.ts', line: null, fingerprint: '0000111122223333',
      message: 'File adds 1,240 lines in one go.',
      suggestion: 'Split it into smaller modules by responsibility.',
    }),
    finding({
      rule_id: 'changeset/no-tests', severity: 'minor', category: 'testing',
      file_path: null, line: null, fingerprint: '4444555566667777',
      message: 'Program logic changed in 3 files, but no test was added or updated.',
      suggestion: 'Add tests for the new behaviour, e.g. `app/db/test_users.py`.',
    }),
    finding({
      rule_id: 'hygiene/todo-comment', severity: 'info', category: 'maintainability',
      file_path: 'app/db/users.py', line: 12, fingerprint: '8888999900001111',
      message: 'TODO without an owner or issue: `# TODO: paginate`.',
    }),
    finding({
      rule_id: 'secrets/jwt', severity: 'critical', category: 'security',
      file_path: 'tests/fixtures/tokens.py', line: 3, fingerprint: 'deadbeefdeadbeef',
      message: 'Signed JWT committed.',
      status: 'dismissed', status_reason: 'Fixture token signed with a throwaway key | not a secret',
      status_by: 'dana', status_at: '2026-03-02T09:15:00.000Z',
    }),
    finding({
      rule_id: 'js/loose-equality', severity: 'minor', category: 'bug',
      file_path: 'web/src/cart.ts', line: 19, fingerprint: 'feedfacefeedface',
      message: '`==` compares with type coercion.',
      status: 'resolved', last_revision: 1,
    }),
  ]
}

export function buildReportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    changeset: {
      id: 'cs_7f3a9c',
      title: 'Add payment webhook | retry `handler` <b>now</b>',
      description:
        'Handles Stripe `checkout.session.completed` events.\n\n# Not a heading\n- not a list\n1. not a numbered list\n<img src=x onerror=alert(1)>',
      author: 'alice',
      status: 'reviewed',
      revision: 2,
      created_at: '2026-03-01T10:00:00.000Z',
      completed_at: '2026-03-01T10:00:42.000Z',
      description_ai: 'Adds a webhook endpoint that marks orders paid, and logs checkout data on the client.',
      warnings: ['1 file skipped: `web/package-lock.json` is generated.'],
    },
    summary: {
      files_reviewed: 7,
      files_skipped: 1,
      lines_added: 412,
      lines_removed: 37,
      findings_total: 11,
      by_severity: { critical: 1, major: 3, minor: 4, info: 1 },
      by_category: { security: 3, bug: 2, maintainability: 3, testing: 1, style: 0 },
      by_status: { open: 9, dismissed: 1, resolved: 1 },
      verdict: 'changes_requested',
    },
    findings: buildFindings(),
    coverage: { scope: 'latest', revision: 2, shown: 11, in_scope: 11, total: 11, max: 1000, findings_url: '/api/changesets/cs_7f3a9c/findings' },
    rules: RULES,
    origin: 'https://review.example.com/',
    version: '1.4.0',
    generatedAt: '2026-03-02T12:00:00.000Z',
    ...overrides,
  }
}

/** A reviewed changeset with nothing to report. */
export function buildEmptyReportInput(): ReportInput {
  const input = buildReportInput({ findings: [] })
  return {
    ...input,
    changeset: { ...input.changeset, description: null, description_ai: null, warnings: [] },
    summary: {
      ...input.summary,
      findings_total: 0,
      by_severity: { critical: 0, major: 0, minor: 0, info: 0 },
      by_category: {},
      by_status: { open: 0, dismissed: 0, resolved: 0 },
      verdict: 'approved',
    },
  }
}

export function pickFinding(input: ReportInput, predicate: (f: ReportFinding) => boolean): ReportFinding {
  const found = input.findings.find(predicate)
  if (!found) throw new Error('fixture finding not found')
  return found
}
