/**
 * Shapes of ordinary JS/TS code the flow rules read by meaning rather than by name: parameters
 * typed as numbers (and NestJS parse pipes) carry no injectable text, React's `srcDoc` is a whole
 * document, a function named for storing a secret says what its weak digest protects, and
 * Handlebars' `precompile` compiles its source like `compile`.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const NEST = "import { Controller, Get, Injectable, Param, ParseIntPipe, ParseUUIDPipe } from '@nestjs/common'\n"

testRule(registered('js/sql-injection'), {
  valid: [
    { code: `${NEST}@Injectable()\nexport class Users {\n  constructor(private readonly ds: DataSource) {}\n  findOne(id: number) {\n    return this.ds.query(\`SELECT * FROM users WHERE id = \${id}\`)\n  }\n}`, path: 'src/users.service.ts' },
    { code: `${NEST}@Controller('users')\nexport class UsersController {\n  constructor(private readonly ds: DataSource) {}\n  @Get(':id')\n  one(@Param('id', ParseIntPipe) id: number) {\n    return this.ds.query(\`SELECT * FROM users WHERE id = \${id}\`)\n  }\n  @Get('by-ref/:ref')\n  byRef(@Param('ref', new ParseUUIDPipe()) ref: string) {\n    return this.ds.query(\`SELECT * FROM users WHERE ref = '\${ref}'\`)\n  }\n}`, path: 'src/users.controller.ts' },
    { code: "function findOrder(db: Pool, id: number) {\n  return db.query(`SELECT * FROM orders WHERE id = ${id}`)\n}\napp.get('/orders/:id', (req, res) => findOrder(pool, Number(req.params.id)))", path: 'src/orders.ts' },
  ],
  invalid: [
    { code: `${NEST}@Controller('users')\nexport class UsersController {\n  constructor(private readonly ds: DataSource) {}\n  @Get('team/:team')\n  byTeam(@Param('team') team: string) {\n    return this.ds.query(\`SELECT * FROM users WHERE team = '\${team}'\`)\n  }\n}`, path: "src/users.controller.ts", findings: [{ line: 7 }] },
    { code: "function findOrder(db: Pool, ref: string) {\n  return db.query(`SELECT * FROM orders WHERE ref = '${ref}'`)\n}\napp.get('/orders/:ref', (req, res) => findOrder(pool, req.params.ref))", path: 'src/orders.ts', findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { code: "export function Help() {\n  return <iframe title='help' srcDoc={'<p>Markdown is supported.</p>'} />\n}", path: 'src/Help.tsx' },
  ],
  invalid: [
    { code: "import { useSearchParams } from 'react-router-dom'\nexport function Embed() {\n  const [params] = useSearchParams()\n  const src = params.get('embed') ?? ''\n  return <iframe title='embed' srcDoc={src} />\n}", path: 'src/Embed.tsx', findings: [{ line: 5 }] },
  ],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    { code: "const { createHash } = require('crypto')\nfunction cacheKey(url) {\n  const h = createHash('md5')\n  h.update(url)\n  return h.digest('hex')\n}", path: 'src/keys.js' },
    { code: "const { createHash } = require('crypto')\nfunction storeRecoveryCode(code) {\n  const h = createHash('sha256')\n  h.update(code)\n  return h.digest('hex')\n}", path: 'src/keys.js' },
  ],
  invalid: [
    { code: "const { createHash } = require('crypto')\nfunction storeRecoveryCode(code) {\n  const h = createHash('md5')\n  h.update(code)\n  return h.digest('hex')\n}", path: 'src/keys.js', findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/template-injection'), {
  valid: [
    "const Handlebars = require('handlebars')\nconst fs = require('fs')\nconst footer = Handlebars.precompile(fs.readFileSync('views/footer.hbs', 'utf8'))",
  ],
  invalid: [
    { code: "const Handlebars = require('handlebars')\napp.put('/templates/:id', (req, res) => {\n  const compiled = Handlebars.precompile(req.body.source)\n  res.json({ compiled })\n})", findings: [{ line: 3 }] },
  ],
})
