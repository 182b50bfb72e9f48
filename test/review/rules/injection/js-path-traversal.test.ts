import { jsPathTraversal } from '../../../../src/review/rules/injection/js-path-traversal'
import { testRule } from '../../rule-tester'

testRule(jsPathTraversal, {
  valid: [
    "res.sendFile(req.params.name, { root: path.join(__dirname, 'uploads') })",
    "res.sendFile(path.join(__dirname, 'uploads', path.basename(req.params.name)))",
    "const file = path.basename(req.query.file)\nconst data = await fs.promises.readFile(path.join(DATA_DIR, file))",
    "res.sendFile(path.join(__dirname, 'public', 'index.html'))",
    "const full = path.resolve(ROOT, req.params.file)\nif (!full.startsWith(ROOT + path.sep)) return res.sendStatus(400)\nres.sendFile(full)",
    "const id = req.params.id\nconst user = await db.user.findUnique({ where: { id } })",
    "// res.sendFile(path.join(__dirname, req.params.name))",
    { code: "fs.readFileSync(path.join(__dirname, req.query.f))", path: 'test/files.test.js' },
  ],
  invalid: [
    {
      code: "app.get('/files/:name', (req, res) => {\n  res.sendFile(path.join(__dirname, 'uploads', req.params.name))\n})",
      findings: [{ line: 2, message: /request input \(`req\.params\.name`\)/, severity: 'critical', suggestion: /root: UPLOAD_DIR/ }],
    },
    {
      code: "const data = fs.readFileSync(`./reports/${req.query.report}.pdf`)",
      findings: [{ line: 1, message: /req\.query\.report/ }],
    },
    {
      code: "const { filename } = req.query\nconst stream = fs.createReadStream(path.join(LOG_DIR, filename))",
      findings: [{ line: 2, message: /`filename` \(from `req\.query`\)/ }],
    },
    {
      code: "app.get('/dl/:file', async (c) => {\n  const name = c.req.param('file')\n  return new Response(Bun.file(`./data/${name}`))\n})",
      findings: [{ line: 3 }],
    },
    {
      code: "res.download(req.query.path)",
      findings: [{ line: 1, suggestion: /res\.download\(name, \{ root: UPLOAD_DIR \}\)/ }],
    },
    {
      code: "await fs.promises.unlink(path.join(UPLOAD_DIR, req.body.file))",
      findings: [{ line: 1 }],
    },
  ],
})
