import { phpSqlInjection } from '../../../../src/review/rules/injection/php-sql-injection'
import { testRule } from '../../rule-tester'

testRule(phpSqlInjection, {
  valid: [
    '<?php\n$stmt = $pdo->prepare("SELECT * FROM users WHERE id = ?");\n$stmt->execute([$id]);',
    '<?php\n$stmt = $pdo->prepare("SELECT * FROM users WHERE email = :email");',
    '<?php\n$result = mysqli_query($conn, "SELECT COUNT(*) FROM users");',
    '<?php\n$users = DB::select("SELECT * FROM users WHERE active = ?", [1]);',
    '<?php\n$result = mysqli_query($conn, "SELECT * FROM users WHERE id = " . intval($_GET["id"]));',
    '<?php\n// $db->query("SELECT * FROM users WHERE id = $id");',
    '<?php\necho "Query took $elapsed ms";',
    '<?php\n$rows = $db->query("SELECT * FROM " . TABLE_USERS);',
  ],
  invalid: [
    {
      code: '<?php\n$result = mysqli_query($conn, "SELECT * FROM users WHERE id = $id");',
      findings: [{ line: 2, message: /mysqli_query\(.*string interpolation from `\$id`/, severity: 'critical', suggestion: /mysqli_prepare/ }],
    },
    {
      code: '<?php\n$rows = $pdo->query("SELECT * FROM posts WHERE author = \'" . $_GET[\'author\'] . "\'");',
      findings: [{ line: 2, message: /string concatenation from `\$_GET\['author'\]`/ }],
    },
    {
      code: '<?php\n$sql = "DELETE FROM comments WHERE id = {$_POST[\'id\']}";\n$db->exec($sql);',
      findings: [{ line: 3, message: /which line 2 builds/ }],
    },
    {
      code: '<?php\n$users = DB::select("SELECT * FROM users WHERE name = \'$name\'");',
      findings: [{ line: 2 }],
    },
    {
      code: '<?php\n$q = $conn->query("SELECT * FROM $table WHERE id = 1");',
      findings: [{ line: 2, severity: 'major' }],
    },
  ],
})
