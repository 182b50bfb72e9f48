/**
 * A `Map` whose entries are set under keys written in the code: `get` reads back the entry it
 * names, so a request value stored under one key does not taint a constant read under another.
 * A key the code computes, a `Map` built from entries, or one shadowed by an import keeps every
 * read tainted.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const JS = { path: 'server/users.js' }
const HANDLER = "app.get('/users', (req, res) => {\n  const map = new Map()\n  map.set('keyA', 'a-value')\n  map.set('keyB', req.query.name)\n"
const SINK = "  pool.query(\"SELECT * FROM users WHERE name = '\" + name + \"'\", (e, rows) => res.json(rows))\n})"

testRule(registered('js/sql-injection'), {
  valid: [
    { ...JS, code: `${HANDLER}  const name = map.get('keyA')\n${SINK}` },
    { ...JS, code: `${HANDLER}  map.set('keyB', 'safe')\n  const name = map.get('keyB')\n${SINK}` },
  ],
  invalid: [
    { ...JS, code: `${HANDLER}  const name = map.get('keyB')\n${SINK}`, findings: [{ line: 6 }] },
    { ...JS, code: `${HANDLER}  const name = map.get(req.query.key)\n${SINK}`, findings: [{ line: 6 }] },
    { ...JS, code: "app.get('/users', (req, res) => {\n  const map = new Map()\n  map.set('keyA', 'a-value')\n  map.set(req.query.k, req.query.name)\n  const name = map.get('keyA')\n" + SINK, findings: [{ line: 6 }] },
    { ...JS, code: "app.get('/users', (req, res) => {\n  const map = new Map([['keyA', 'a-value'], ['keyB', req.query.name]])\n  const name = map.get('keyA')\n" + SINK, findings: [{ line: 4 }] },
  ],
})
