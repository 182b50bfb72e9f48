/**
 * A `startsWith`/`startswith` containment check keeps a resolved path under its directory only when the prefix
 * ends the directory (`ROOT + path.sep`, `` `${root}/` ``, `os.path.join(ROOT, "")`, a constant ending in a
 * slash): a bare `/srv/public` also admits its look-alike sibling `/srv/public-private/…`.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('js/path-traversal'), {
  valid: [
    { path: 'src/static.js', code: "app.use((req, res) => {\n  const file = path.resolve(ROOT, '.' + req.path)\n  if (!file.startsWith(ROOT + path.sep)) return res.status(403).end()\n  fs.createReadStream(file).pipe(res)\n})" },
    { path: 'src/static.js', code: "app.use((req, res) => {\n  const file = path.resolve(ROOT, '.' + req.path)\n  if (!file.startsWith(`${ROOT}/`)) return res.status(403).end()\n  fs.createReadStream(file).pipe(res)\n})" },
    { path: 'src/static.js', code: "const UPLOADS = '/srv/uploads/'\napp.get('/u/:f', (req, res) => {\n  const file = path.resolve(UPLOADS, req.params.f)\n  if (!file.startsWith(UPLOADS)) return res.sendStatus(400)\n  res.sendFile(file)\n})" },
    { path: 'src/static.js', code: "app.get('/u/:f', (req, res) => {\n  const file = path.resolve(UPLOADS, req.params.f)\n  if (path.relative(UPLOADS, file).startsWith('..')) return res.sendStatus(400)\n  res.sendFile(file)\n})" },
    // the relative path kept in a name first, then checked
    { path: 'src/static.ts', code: "app.get('/u/:f', (req, res) => {\n  const file = path.resolve(UPLOADS, req.params.f)\n  const rel = path.relative(UPLOADS, file)\n  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new NotFoundException()\n  createReadStream(file).pipe(res)\n})" },
  ],
  invalid: [
    // the relative path of another value is checked
    { path: 'src/static.ts', code: "app.get('/u/:f', (req, res) => {\n  const file = path.resolve(UPLOADS, req.params.f)\n  const rel = path.relative(UPLOADS, req.params.base)\n  if (rel.startsWith('..')) throw new NotFoundException()\n  createReadStream(file).pipe(res)\n})", findings: [{ line: 5 }] },
    { path: 'lib/serve-dir.js', code: "const base = path.resolve('public')\napp.use((req, res) => {\n  const file = path.join(base, decodeURIComponent(req.path))\n  if (!file.startsWith(base)) return res.status(403).end()\n  fs.createReadStream(file).pipe(res)\n})", findings: [{ line: 5 }] },
    { path: 'src/docs.js', code: "app.get('/docs', (req, res) => {\n  const file = path.normalize(path.join(__dirname, 'docs', `${req.query.page}.md`))\n  if (!file.startsWith(path.join(__dirname, 'docs'))) return res.sendStatus(404)\n  res.send(fs.readFileSync(file, 'utf8'))\n})", findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: [
    { path: 'app/files.py', code: 'ROOT = os.path.abspath("public")\n\n@app.get("/s")\ndef s():\n    full = os.path.realpath(os.path.join(ROOT, request.args["f"]))\n    if not full.startswith(ROOT + os.sep):\n        abort(403)\n    return send_file(full)' },
    { path: 'app/files.py', code: 'ROOT = os.path.abspath("public")\n\n@app.get("/s")\ndef s():\n    full = os.path.realpath(os.path.join(ROOT, request.args["f"]))\n    if not full.startswith(os.path.join(ROOT, "")):\n        abort(403)\n    return send_file(full)' },
    { path: 'app/files.py', code: 'ROOT = "/srv/public/"\n\n@app.get("/s")\ndef s():\n    full = os.path.realpath(os.path.join(ROOT, request.args["f"]))\n    if not full.startswith(ROOT):\n        abort(403)\n    return send_file(full)' },
  ],
  invalid: [
    { path: 'app/files.py', code: 'ROOT = os.path.abspath("public")\n\n@app.get("/s")\ndef s():\n    full = os.path.normpath(os.path.join(ROOT, request.args["f"]))\n    if not full.startswith(ROOT):\n        abort(403)\n    return send_file(full)', findings: [{ line: 8 }] },
  ],
})
