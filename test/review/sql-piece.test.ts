/**
 * A change that splices a request value read in the hunk into a piece of SQL text whose
 * statement runs outside the hunk is reported on the piece: the diff shows the read and the
 * splice. Quiet for bound placeholders, values checked or converted first, text not named or
 * written as SQL, and pieces whose statement the hunk shows (the flow pass decides those).
 */
import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'

function modified(path: string, lines: string[]): string {
  const oldCount = lines.filter((l) => !l.startsWith('+')).length
  const newCount = lines.filter((l) => !l.startsWith('-')).length
  return [`--- a/${path}`, `+++ b/${path}`, `@@ -40,${oldCount} +40,${newCount} @@`, ...lines, ''].join('\n')
}

function sqlLines(path: string, diff: string): Array<number | null> {
  const rule = path.endsWith('.py') ? 'python/sql-injection' : 'js/sql-injection'
  return reviewChangeset([{ path, diff }])
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.line)
}

const PY = (added: string[]): string[] => [
  '     since = _since_param()',
  '     if since:',
  '         sql += f" AND placed_at >= \'{since.isoformat()}\'"',
  ...added,
  '     if request.args.get("unpaid") == "1":',
  '         sql += " AND paid_at IS NULL"',
  '     if request.args.get("flagged") == "1":',
]

const JS = (added: string[]): string[] => [
  '  if (customer) {',
  '    values.push(`%${customer}%`)',
  '    sql += ` AND customer_name ILIKE $${values.length}`',
  '  }',
  ...added,
  "  if (req.query.unpaid === '1') sql += ' AND paid_at IS NULL'",
  "  if (req.query.flagged === '1') sql += ' AND fraud_score > 0.8'",
  "  sql += ' ORDER BY issued_at DESC'",
]

describe('a request value spliced into SQL text run outside the hunk', () => {
  beforeAll(() => loadSyntaxRuntime())

  describe('reported', () => {
    it('a Flask query parameter in an f-string piece of sql', ({ expect }) => {
      const diff = modified('app/orders.py', PY(['+    status = request.args.get("status")', '+    if status:', '+        sql += f" AND status = \'{status}\'"']))
      expect(sqlLines('app/orders.py', diff)).toEqual([45])
    })

    it('an Express query field in a template piece of sql', ({ expect }) => {
      const diff = modified('src/routes/invoices.js', JS(['+  const { region } = req.query', "+  if (region) sql += ` AND region = '${region}'`"]))
      expect(sqlLines('src/routes/invoices.js', diff)).toEqual([45])
    })
  })

  describe('quiet', () => {
    it('a bound placeholder', ({ expect }) => {
      const diff = modified('app/orders.py', PY(['+    status = request.args.get("status")', '+    if status:', '+        sql += " AND status = %s"', '+        params.append(status)']))
      expect(sqlLines('app/orders.py', diff)).toEqual([])
    })

    it('a value checked against an allow-list or converted first', ({ expect }) => {
      const checked = modified('app/orders.py', PY(['+    status = request.args.get("status")', '+    if status in STATUSES:', '+        sql += f" AND status = \'{status}\'"']))
      expect(sqlLines('app/orders.py', checked)).toEqual([])
      const typed = modified('app/orders.py', PY(['+    days = request.args.get("days", 30, type=int)', '+    sql += f" AND placed_at > now() - interval \'{days} days\'"']))
      expect(sqlLines('app/orders.py', typed)).toEqual([])
      const number = modified('src/routes/invoices.js', JS(['+  let { limit } = req.query', '+  limit = Number(limit)', '+  sql += ` LIMIT ${limit}`']))
      expect(sqlLines('src/routes/invoices.js', number)).toEqual([])
    })

    it('text that is not SQL, or a variable not named for it', ({ expect }) => {
      const message = modified('app/orders.py', PY(['+    status = request.args.get("status")', '+    note += f" filtered by {status}"']))
      expect(sqlLines('app/orders.py', message)).toEqual([])
      const title = modified('src/routes/invoices.js', JS(['+  const { status } = req.query', '+  title += ` AND ${status}`']))
      expect(sqlLines('src/routes/invoices.js', title)).toEqual([])
    })
  })
})
