import { pythonSqlInjection } from '../../../../src/review/rules/injection/python-sql-injection'
import { testRule } from '../../rule-tester'

testRule(pythonSqlInjection, {
  valid: [
    'cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))',
    'cursor.execute("SELECT * FROM users WHERE email = ?", [email])',
    'result = await session.execute(text("SELECT * FROM users WHERE id = :id"), {"id": user_id})',
    'cursor.execute(\n    "SELECT id, name FROM users "\n    "WHERE org_id = %s",\n    (org_id,),\n)',
    // f-strings that are not SQL
    'logger.info(f"executing job {job_id}")\nprint(f"Selected {count} rows")',
    // constant-only table name and placeholder lists are safe
    'cursor.execute(f"SELECT * FROM {USERS_TABLE} WHERE id = %s", (user_id,))',
    'placeholders = ", ".join(["%s"] * len(ids))\ncursor.execute(f"SELECT * FROM users WHERE id IN ({placeholders})", ids)',
    // in a comment or docstring
    '# cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")',
    'def helper():\n    """Never write cursor.execute(f"SELECT ... {x}") here."""\n    pass',
    '"""\nExample:\n    cursor.execute(f"DELETE FROM t WHERE id = {x}")\n"""',
    // test fixtures interpolate freely
    { code: 'cursor.execute(f"DELETE FROM {table} WHERE id = {row_id}")', path: 'tests/test_db.py' },
    // streamlit's st.text is not SQL
    'st.text(f"select a value from {options}")',
    // identifiers escaped by doubling quotes, and clause lists joined next to bound parameters
    'ident = table.replace(\'"\', \'""\')\ncursor.execute(\'PRAGMA table_info("{0}")\'.format(ident))',
    'sql = "SELECT * FROM jobs WHERE " + " AND ".join(conditions)\ncursor.execute(sql, params)',
  ],
  invalid: [
    {
      code: 'def get_user(cursor, user_id):\n    cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")',
      findings: [
        {
          line: 2,
          message: /cursor\.execute\(f"SELECT.*f-string from `user_id`/,
          severity: 'critical',
          suggestion: /cursor\.execute\("SELECT \* FROM users WHERE id = %s", \(user_id,\)\)/,
        },
      ],
    },
    {
      code: "import sqlite3\nconn.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)",
      findings: [{ line: 2, message: /`%` formatting from `name`/, suggestion: /conn\.execute\("SELECT \* FROM users WHERE name = \?", \(name,\)\)/ }],
    },
    {
      code: 'cursor.execute("UPDATE users SET email = \'{}\' WHERE id = {}".format(email, uid))',
      findings: [{ line: 1, message: /`\.format\(\)` from `email`, `uid`/ }],
    },
    {
      code: 'cursor.execute("SELECT * FROM orders WHERE status = \'" + status + "\'")',
      findings: [{ line: 1, message: /string concatenation from `status`/ }],
    },
    {
      // two-line form: the sink reports, naming the line that built the query
      code: 'def find(db, user_id):\n    sql = f"SELECT * FROM users WHERE id = {user_id}"\n    db.execute(sql)',
      findings: [{ line: 3, message: /`db\.execute\(sql\)` runs `sql`, which line 2 builds with an f-string from `user_id`/ }],
    },
    {
      code: 'query = "SELECT * FROM items WHERE 1=1"\nif name:\n    query += f" AND name = \'{name}\'"\ncur.execute(query)',
      findings: [{ line: 4, message: /line 3 builds/ }],
    },
    {
      code: 'rows = conn.execute(f"""\n    SELECT id FROM events\n    WHERE kind = \'{kind}\'\n""").fetchall()',
      findings: [{ line: 1, message: /from `kind`/ }],
    },
    {
      code: 'stmt = text(f"SELECT * FROM users WHERE name = \'{name}\'")',
      findings: [{ line: 1, suggestion: /:user_id/ }],
    },
    {
      code: 'cursor.execute(f"SELECT * FROM {table} WHERE id = %s", (row_id,))',
      findings: [{ line: 1, severity: 'major', message: /allow-list/ }],
    },
  ],
})
