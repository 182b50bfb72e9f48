import { javaSqlInjection } from '../../../../src/review/rules/injection/java-sql-injection'
import { testRule } from '../../rule-tester'

testRule(javaSqlInjection, {
  valid: [
    'PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");\nps.setString(1, name);',
    'ResultSet rs = stmt.executeQuery("SELECT COUNT(*) FROM users");',
    'List<User> users = jdbcTemplate.query("SELECT * FROM users WHERE org = ?", mapper, orgId);',
    'String sql = "SELECT * FROM users " +\n    "WHERE active = true";\nResultSet rs = stmt.executeQuery(sql);',
    'executor.execute(() -> log.info("done " + id));',
    'log.info("Executing query for user " + userId);',
    '// stmt.executeQuery("SELECT * FROM users WHERE name = \'" + name + "\'");',
    { code: 'stmt.execute("DROP TABLE " + table);', path: 'src/test/java/DbTest.java' },
  ],
  invalid: [
    {
      code: 'ResultSet rs = stmt.executeQuery("SELECT * FROM users WHERE name = \'" + name + "\'");',
      findings: [{ line: 1, message: /stmt\.executeQuery\(.*string concatenation from `name`/, severity: 'critical', suggestion: /PreparedStatement/ }],
    },
    {
      code: 'ResultSet rs = conn.createStatement().executeQuery("SELECT * FROM orders WHERE id = " + request.getParameter("id"));',
      findings: [{ line: 1, message: /request\.getParameter/ }],
    },
    {
      code: 'String sql = "UPDATE accounts SET balance = " + amount + " WHERE owner = \'" + owner + "\'";\nstmt.executeUpdate(sql);',
      findings: [{ line: 2, message: /which line 1 builds/ }],
    },
    {
      code: 'PreparedStatement ps = conn.prepareStatement(String.format("SELECT * FROM users WHERE email = \'%s\'", email));',
      findings: [{ line: 1, message: /`String\.format` from `email`/ }],
    },
    {
      code: 'List<User> users = em.createQuery("SELECT u FROM User u WHERE u.name = \'" + name + "\'", User.class).getResultList();',
      findings: [{ line: 1, suggestion: /setParameter/ }],
    },
  ],
})
