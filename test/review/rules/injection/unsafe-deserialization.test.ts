import { unsafeDeserialization } from '../../../../src/review/rules/injection/unsafe-deserialization'
import { testRule } from '../../rule-tester'

testRule(unsafeDeserialization, {
  valid: [
    'Order order = objectMapper.readValue(body, Order.class);',
    'ObjectOutputStream out = new ObjectOutputStream(socket.getOutputStream());',
    'ObjectInputStream in = new ObjectInputStream(stream);\nin.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.acme.*;!*"));',
    '// new ObjectInputStream(request.getInputStream())',
    { code: 'ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes));', path: 'src/test/java/CodecTest.java' },
    { code: '<?php\n$data = json_decode($_POST["data"], true);', path: 'api.php' },
    { code: "<?php\n$prefs = unserialize($_COOKIE['prefs'], ['allowed_classes' => false]);", path: 'api.php' },
    { code: "<?php\n$value = unserialize('a:0:{}');", path: 'api.php' },
    { code: "import serialize from 'serialize-javascript'\nconst s = serialize(state)", path: 'src/ssr.ts' },
    { code: 'const obj = JSON.parse(req.body)\nconst u = qs.unserialize(x)', path: 'src/app.ts' },
  ],
  invalid: [
    {
      code: 'ObjectInputStream in = new ObjectInputStream(request.getInputStream());\nObject o = in.readObject();',
      findings: [{ line: 1, message: /`new ObjectInputStream\(\.\.\.\)` deserializes/, severity: 'major', suggestion: /ObjectInputFilter/ }],
    },
    {
      code: 'XMLDecoder decoder = new XMLDecoder(new BufferedInputStream(in));',
      findings: [{ line: 1, suggestion: /JAXB/ }],
    },
    {
      code: 'ObjectMapper mapper = new ObjectMapper();\nmapper.enableDefaultTyping();',
      findings: [{ line: 2, message: /enableDefaultTyping/ }],
    },
    {
      code: "<?php\n$cart = unserialize($_COOKIE['cart']);",
      path: 'cart.php',
      findings: [{ line: 2, message: /PHP object injection/, severity: 'critical', suggestion: /json_decode\(\$_COOKIE\['cart'\], true\)/ }],
    },
    {
      code: '<?php\n$row = unserialize($record["payload"]);',
      path: 'model.php',
      findings: [{ line: 2, severity: 'minor' }],
    },
    {
      code: "const serialize = require('node-serialize')\nconst obj = serialize.unserialize(req.cookies.profile)",
      path: 'src/server.js',
      // the call is the finding; the import above it is not reported again
      findings: [{ line: 2, severity: 'critical', suggestion: /JSON\.parse\(req\.cookies\.profile\)/ }],
    },
    { code: "import serialize from 'node-serialize'\nexport const pack = (v) => serialize.serialize(v)", path: 'src/pack.js', findings: [{ line: 1, severity: 'major' }] },
  ],
})
