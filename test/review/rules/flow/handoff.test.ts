import { describe, it } from 'vitest'
import { dropHandedOn } from '../../../../src/review/flow/handoff'
import type { RuleHit } from '../../../../src/review/types'
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const hit = (line: number, endLine?: number): RuleHit => (endLine ? { line, endLine, message: `at ${line}` } : { line, message: `at ${line}` })

function lines(code: string): (line: number) => string {
  const rows = code.split('\n')
  return (line) => rows[line - 1] ?? ''
}

describe('dropHandedOn', () => {
  it('drops a builder whose result the next sink of the rule runs (Python)', ({ expect }) => {
    const code = ['def export(region):', '    stmt = text("SELECT … " + region)', '    rows = session.execute(stmt)', '    return rows'].join('\n')
    expect(dropHandedOn([hit(2), hit(3)], lines(code)).map((h) => h.line)).toEqual([3])
  })

  it('drops a builder handed on with parameters or awaited (JS/TS)', ({ expect }) => {
    const code = ['async function list(sort) {', '  const order = sql.raw(`ORDER BY ${sort}`)', '  const params = [1]', '  return db.execute(', '    order, params)', '}'].join('\n')
    expect(dropHandedOn([hit(2), hit(4, 5)], lines(code)).map((h) => h.line)).toEqual([4])
  })

  it('keeps both when the name is rebound, used in another function, or only part of an argument', ({ expect }) => {
    const rebound = ['stmt = text(q)', 'stmt = text("SELECT 1")', 'session.execute(stmt)'].join('\n')
    expect(dropHandedOn([hit(1), hit(3)], lines(rebound))).toHaveLength(2)
    const otherFunction = ['def build(q):', '    stmt = text(q)', '    return stmt', 'def run(stmt):', '    session.execute(stmt)'].join('\n')
    expect(dropHandedOn([hit(2), hit(5)], lines(otherFunction))).toHaveLength(2)
    const partOf = ['stmt = text(q)', 'session.execute(stmt2)', 'session.execute(stmt + suffix)'].join('\n')
    expect(dropHandedOn([hit(1), hit(2), hit(3)], lines(partOf))).toHaveLength(3)
  })

  it('keeps both when the name only names an arrow parameter or a later method uses it', ({ expect }) => {
    const arrow = ['  async avatar(url) {', '    const res = await superagent.get(url)', '    return new Promise((r) => https.get(opts, (res) => r(res.statusCode)))', '  }'].join('\n')
    expect(dropHandedOn([hit(2), hit(3)], lines(arrow))).toHaveLength(2)
    const method = ['  async a(url) {', '    const res = await got(url)', '    return res', '  }', '  async b(host) {', '    return fetchJson(res)', '  }'].join('\n')
    expect(dropHandedOn([hit(2), hit(6)], lines(method))).toHaveLength(2)
  })

  it('keeps a builder that assigns nothing, and a nested helper does not end the scope', ({ expect }) => {
    const inline = ['session.execute(text(q))', 'session.execute(text(q2))'].join('\n')
    expect(dropHandedOn([hit(1), hit(2)], lines(inline))).toHaveLength(2)
    const nested = ['def outer(q):', '    stmt = text(q)', '    def log(x):', '        print(x)', '    session.execute(stmt)'].join('\n')
    expect(dropHandedOn([hit(2), hit(5)], lines(nested)).map((h) => h.line)).toEqual([5])
  })
})

// Through the whole engine: the builder's line is reported by neither the analysis nor the line rule.
testRule(registered('python/sql-injection'), {
  valid: [],
  invalid: [
    {
      code: 'from sqlalchemy import text\n\n@router.get("/export")\nasync def export(region: str, session=Depends(db)):\n    stmt = text("SELECT id FROM orders WHERE region = \'" + region + "\'")\n    rows = await session.execute(stmt)\n    return rows.all()',
      findings: [{ line: 6, message: /session\.execute\(stmt\)/ }],
    },
    {
      // Built in one function and run in another: not handed on by name, so the builder keeps its finding.
      code: 'from sqlalchemy import text\n\ndef build(region: str):\n    stmt = text("SELECT id FROM orders WHERE region = \'" + region + "\'")\n    return stmt\n\n@router.get("/export")\nasync def export(region: str, session=Depends(db)):\n    return (await session.execute(build(region))).all()',
      findings: [{ line: 4 }, { line: 9 }],
    },
    {
      // The runner found by the line rule alone still takes the builder's place (the table name is the caller's; a literal default would make it a constant).
      code: 'from sqlalchemy import text\n\nclass ItemRepository:\n    def __init__(self, session, table: str) -> None:\n        self.session = session\n        self.table = table\n\n    def count_active(self) -> int:\n        sql = text(f"SELECT count(*) FROM {self.table} WHERE active")\n        return self.session.execute(sql).scalar_one()',
      findings: [{ line: 10 }],
    },
  ],
})
