import { goSqlInjection } from '../../../../src/review/rules/injection/go-sql-injection'
import { testRule } from '../../rule-tester'

testRule(goSqlInjection, {
  valid: [
    'rows, err := db.Query("SELECT * FROM users WHERE name = $1", name)',
    'row := db.QueryRowContext(ctx, "SELECT id FROM users WHERE email = ?", email)',
    // %d cannot carry a quote
    'rows, err := db.Query(fmt.Sprintf("SELECT * FROM events ORDER BY id LIMIT %d", limit))',
    // Sprintf that is not SQL
    'msg := fmt.Sprintf("user %s not found", name)\nlog.Println(msg)',
    'c.Get(fmt.Sprintf("user:%s", id))',
    '// db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = \'%s\'", name))',
    { code: 'db.Exec(fmt.Sprintf("TRUNCATE TABLE %s", table))', path: 'store/store_test.go' },
    'err := db.Select(&users, "SELECT * FROM users WHERE org = ?", org)',
  ],
  invalid: [
    {
      code: 'rows, err := db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = \'%s\'", name))',
      findings: [{ line: 1, message: /`fmt\.Sprintf` from `name`/, severity: 'critical', suggestion: /db\.Query\("SELECT \* FROM users WHERE name = \?", name\)/ }],
    },
    {
      code: 'import _ "github.com/lib/pq"\nrow := db.QueryRowContext(ctx, fmt.Sprintf("SELECT id FROM users WHERE email = \'%s\' AND org = %d", email, org))',
      findings: [{ line: 2, suggestion: /QueryRowContext\(ctx, "SELECT id FROM users WHERE email = \$1 AND org = \$2", email, org\)/ }],
    },
    {
      code: 'query := "DELETE FROM sessions WHERE token = \'" + token + "\'"\nif _, err := db.Exec(query); err != nil {\n\treturn err\n}',
      findings: [{ line: 2, message: /runs `query`, which line 1 builds with string concatenation from `token`/ }],
    },
    {
      code: 'q := fmt.Sprintf("SELECT * FROM orders WHERE status = \'%s\'", status)\nrows, err := db.QueryContext(ctx, q)',
      findings: [{ line: 2 }],
    },
    {
      code: 'db.Raw("SELECT * FROM users WHERE name = \'" + name + "\'").Scan(&users)',
      findings: [{ line: 1 }],
    },
    {
      code: 'rows, err := db.Query(fmt.Sprintf("SELECT * FROM %s WHERE id = $1", table), id)',
      findings: [{ line: 1, severity: 'major' }],
    },
  ],
})
