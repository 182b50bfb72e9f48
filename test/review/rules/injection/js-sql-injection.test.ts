import { jsSqlInjection } from '../../../../src/review/rules/injection/js-sql-injection'
import { testRule } from '../../rule-tester'

testRule(jsSqlInjection, {
  valid: [
    "const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [id])",
    'const user = await env.DB.prepare("SELECT * FROM users WHERE id = ?").bind(id).first()',
    // tagged templates bind their interpolations
    'const rows = await sql`SELECT * FROM users WHERE email = ${email}`',
    'const users = await prisma.$queryRaw`SELECT * FROM "User" WHERE id = ${id}`',
    'await db.execute(sql`UPDATE posts SET title = ${title} WHERE id = ${id}`)',
    'const q = Prisma.sql`SELECT * FROM users WHERE id = ${id}`\nawait prisma.$queryRaw(q)',
    // template literals that are not SQL
    'const res = await fetch(`${API}/users/${id}`)\nconst m = re.exec(`prefix ${name}`)',
    'const url = `/api/search?q=${encodeURIComponent(q)}`\nrouter.get(url, handler)',
    '// await pool.query(`SELECT * FROM users WHERE id = ${id}`)',
    { code: 'await db.query(`DELETE FROM ${table} WHERE id = ${id}`)', path: 'src/db.test.ts' },
    'const rows = db.prepare(`SELECT * FROM ${TABLE} WHERE id = ?`).all(id)',
    'const sql = "SELECT * FROM videos WHERE " + conditions.join(" AND ") + " LIMIT ?"\nreturn db.exec(sql, ...values)',
  ],
  invalid: [
    {
      // tRPC's `.query(resolver)`: the callback is code, so only the query inside it is flagged.
      code: "export const admin = router({\n  users: adminProcedure.query(async ({ ctx, input }) => {\n    return ctx.prisma.$queryRawUnsafe(\n      `SELECT id FROM users WHERE email LIKE '%@${input.domain}'`,\n    )\n  }),\n})",
      findings: [{ line: 3 }],
    },
    {
      code: 'const { rows } = await pool.query(`SELECT * FROM users WHERE id = ${id}`)',
      findings: [{ line: 1, message: /pool\.query\(`SELECT.*template literal from `id`/, severity: 'critical', suggestion: /pool\.query\('SELECT \* FROM users WHERE id = \?', \[id\]\)/ }],
    },
    {
      code: "import { Pool } from 'pg'\nconst r = await client.query(`SELECT * FROM users WHERE email = '${email}'`)",
      findings: [{ line: 2, suggestion: /client\.query\('SELECT \* FROM users WHERE email = \$1', \[email\]\)/ }],
    },
    {
      code: 'const user = await env.DB.prepare(`SELECT * FROM users WHERE id = ${id}`).first()',
      findings: [{ line: 1, suggestion: /env\.DB\.prepare\('SELECT \* FROM users WHERE id = \?'\)\.bind\(id\)\.first\(\)/ }],
    },
    {
      code: 'const users = await prisma.$queryRawUnsafe(`SELECT * FROM users WHERE name = ${name}`)',
      findings: [{ line: 1, suggestion: /prisma\.\$queryRaw`SELECT \* FROM users WHERE name = \$\{name\}`/ }],
    },
    {
      code: "connection.query(\"SELECT * FROM products WHERE category = '\" + req.query.category + \"'\", cb)",
      findings: [{ line: 1, message: /string concatenation from `req\.query\.category`/ }],
    },
    {
      code: 'const sql = `SELECT * FROM orders WHERE customer = ${customerId}`\nconst [rows] = await conn.execute(sql)',
      findings: [{ line: 2, message: /`conn\.execute\(sql\)` runs `sql`, which line 1 builds/ }],
    },
    {
      code: 'const rows = await knex.raw(`SELECT * FROM users WHERE name = ${name}`)\nawait sequelize.query("DELETE FROM sessions WHERE token = \'" + token + "\'")',
      findings: [{ line: 1 }, { line: 2 }],
    },
    {
      code: 'const stmt = db.prepare(`SELECT * FROM ${table} WHERE id = ?`)',
      findings: [{ line: 1, severity: 'major', message: /allow-list/ }],
    },
  ],
})
