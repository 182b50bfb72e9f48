/**
 * type-graphql resolvers (`@Arg('name')`, `@Args() { … }: ArgsClass`) hold what the client sent, less a `number`
 * argument or a field the args class pins down; Pothos and graphql-js arguments declared `Int`, `Float` or `Boolean`
 * are numbers or booleans by the time the resolver runs. MikroORM's `qb.raw(text)` on a query builder splices SQL as
 * its imported `raw()` does. Checks of one part of a path (`PREVIEWABLE.has(extname(file))`) vouch for nothing else
 * of it; an element found in the client's array (`parts.find(…)`) is the client's; a strip to digits
 * (`isbn.replace(/\D/g, '')`) leaves no path step; sqlite's `db.get('SELECT …', key)` returns the stored row; and a
 * value no request reached, cast `as { id: number }`, holds the numbers the code declares.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const RESOLVER = { path: 'src/resolvers/recipe.resolver.ts' }
const TG = "import { Arg, Args, ArgsType, Field, Int, Query, Mutation, Resolver } from 'type-graphql'\nimport { readFile } from 'node:fs/promises'\nimport { join } from 'node:path'\nimport { IsIn, MaxLength } from 'class-validator'\n"

testRule(registered('js/path-traversal'), {
  valid: [
    { ...RESOLVER, code: `${TG}@Resolver()\nexport class CardResolver {\n  @Query(() => String)\n  async card(@Arg('id', () => Int) id: number) {\n    return readFile(join('cards', \`\${id}.html\`), 'utf8')\n  }\n}` },
    { ...RESOLVER, code: `${TG}@ArgsType()\nclass CardArgs {\n  @Field()\n  @IsIn(['small', 'large'])\n  size!: string\n}\n@Resolver()\nexport class CardResolver {\n  @Query(() => String)\n  async card(@Args() { size }: CardArgs) {\n    return readFile(join('cards', \`\${size}.html\`), 'utf8')\n  }\n}` },
    // Pothos and graphql-js arguments declared numbers are numbers when the resolver runs
    { path: 'src/schema/builder.ts', code: "import SchemaBuilder from '@pothos/core'\nimport { readFile } from 'node:fs/promises'\nimport { join } from 'node:path'\nconst builder = new SchemaBuilder({})\nbuilder.queryType({\n  fields: (t) => ({\n    doc: t.string({\n      args: { id: t.arg.int({ required: true }) },\n      resolve: (_root, { id }) => readFile(join('docs', `${id}.md`), 'utf8'),\n    }),\n  }),\n})" },
    { path: 'src/schema.js', code: "const { GraphQLObjectType, GraphQLString, GraphQLNonNull, GraphQLInt } = require('graphql')\nconst fs = require('fs')\nconst path = require('path')\nmodule.exports = new GraphQLObjectType({\n  name: 'Query',\n  fields: {\n    page: {\n      type: GraphQLString,\n      args: { n: { type: new GraphQLNonNull(GraphQLInt) } },\n      resolve: (_root, args) => fs.readFileSync(path.join('pages', `${args.n}.html`), 'utf8'),\n    },\n  },\n})" },
    // the parent resolver's row is the server's, not the client's arguments
    { path: 'src/graphql/resolvers.js', code: "const fs = require('fs/promises')\nconst path = require('path')\nmodule.exports = {\n  Book: {\n    async cover(book) {\n      return fs.readFile(path.join('covers', book.cover_file))\n    },\n  },\n}" },
    // the row sqlite found by the client's key is the database's
    { path: 'src/gateway.js', code: "import { open } from 'sqlite'\nimport { readFile } from 'node:fs/promises'\nimport { join } from 'node:path'\nconst db = await open({ filename: 'devices.db' })\nexport async function onConnect(req) {\n  const device = await db.get('SELECT id, site FROM devices WHERE api_key = ?', req.headers['x-device-key'])\n  return readFile(join('/var/log/fleet', device.site, 'latest.log'))\n}" },
    { path: 'src/graphql/resolvers.js', code: "const fs = require('fs/promises')\nconst path = require('path')\nmodule.exports = {\n  Mutation: {\n    async saveCover(_, { isbn, data }) {\n      await fs.writeFile(path.join('covers', `${isbn.replace(/\\D/g, '')}.jpg`), data)\n    },\n  },\n}" },
  ],
  invalid: [
    { ...RESOLVER, code: `${TG}@Resolver()\nexport class CardResolver {\n  @Query(() => String)\n  async card(@Arg('template', { defaultValue: 'default' }) template: string) {\n    return readFile(join('cards', \`\${template}.html\`), 'utf8')\n  }\n}`, findings: [{ line: 9 }] },
    { ...RESOLVER, code: `${TG}@ArgsType()\nclass CardArgs {\n  @Field()\n  @MaxLength(40)\n  size!: string\n}\n@Resolver()\nexport class CardResolver {\n  @Query(() => String)\n  async card(@Args() { size }: CardArgs) {\n    return readFile(join('cards', \`\${size}.html\`), 'utf8')\n  }\n}`, findings: [{ line: 15 }] },
    // an ID and a string argument are text, whatever their siblings are
    { path: 'src/schema/builder.ts', code: "import SchemaBuilder from '@pothos/core'\nimport { readFile } from 'node:fs/promises'\nimport { join } from 'node:path'\nconst builder = new SchemaBuilder({})\nbuilder.queryType({\n  fields: (t) => ({\n    doc: t.string({\n      args: { v: t.arg.int(), id: t.arg.id({ required: true }) },\n      resolve: (_root, { v, id }) => readFile(join('docs', `${id}.${v}.md`), 'utf8'),\n    }),\n  }),\n})", findings: [{ line: 9 }] },
    // one element of the client's array, found by a property, is still the client's
    { path: 'server/api/upload.post.js', code: "import { writeFile } from 'node:fs/promises'\nimport { join } from 'node:path'\nexport default defineEventHandler(async (event) => {\n  const parts = await readMultipartFormData(event)\n  const file = parts?.find((p) => p.name === 'avatar')\n  await writeFile(join('avatars', file.filename), file.data)\n})", findings: [{ line: 6 }] },
    { path: 'src/routes/items.js', code: "const fs = require('fs')\nconst path = require('path')\napp.post('/items', (req, res) => {\n  const item = req.body.items.find((i) => i.primary)\n  fs.writeFileSync(path.join('items', item.name), 'x')\n  res.end()\n})", findings: [{ line: 5 }] },
    // an allow-list of extensions or of last steps leaves the directories the client's
    { path: 'src/routes/files.js', code: "const fs = require('fs')\nconst path = require('path')\nconst OK = new Set(['.png', '.pdf'])\napp.get('/f', (req, res) => {\n  const file = String(req.query.file)\n  if (!OK.has(path.extname(file))) return res.sendStatus(400)\n  res.send(fs.readFileSync(path.join('files', file)))\n})", findings: [{ line: 7 }] },
    { path: 'src/routes/files.js', code: "const fs = require('fs')\nconst path = require('path')\nconst NAMES = ['report.pdf', 'summary.pdf']\napp.get('/f', (req, res) => {\n  const file = String(req.query.file)\n  if (!NAMES.includes(path.basename(file))) return res.sendStatus(400)\n  res.send(fs.readFileSync(path.join('files', file)))\n})", findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/shell-injection'), {
  valid: [
    { path: 'src/routes/preview.js', code: "const { exec } = require('child_process')\nconst TYPES = new Set(['pdf', 'png'])\napp.get('/p', (req, res) => {\n  const type = String(req.query.type)\n  if (!TYPES.has(type)) return res.sendStatus(400)\n  exec(`convert in.${type} out.jpg`, () => res.end())\n})" },
  ],
  invalid: [
    { path: 'src/routes/preview.js', code: "const { exec } = require('child_process')\nconst path = require('path')\nconst TYPES = new Set(['.pdf', '.png'])\napp.get('/p', (req, res) => {\n  const file = String(req.query.file)\n  if (!TYPES.has(path.extname(file))) return res.sendStatus(400)\n  exec(`pdftoppm \"${file}\" out`, () => res.end())\n})", findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    // the service's own message, declared numbers
    { path: 'src/realtime.ts', code: "import Database from 'better-sqlite3'\nconst db = new Database('board.db')\nsub.subscribe('recalc:done', (message: string) => {\n  const { sheetId, version } = JSON.parse(message) as { sheetId: number; version: number }\n  db.exec(`UPDATE sheets SET version = ${version} WHERE id = ${sheetId}`)\n})" },
  ],
  invalid: [
    { path: 'src/billing/invoice.resolver.ts', code: "import { Args, Query, Resolver } from '@nestjs/graphql'\nimport { EntityManager } from '@mikro-orm/postgresql'\n@Resolver()\nexport class InvoiceResolver {\n  constructor(private readonly em: EntityManager) {}\n  @Query(() => [String])\n  async sorted(@Args('sort') sort: string) {\n    const qb = this.em.createQueryBuilder('Invoice', 'i')\n    qb.select('*').orderBy({ [qb.raw(sort)]: 'desc' })\n    return qb.getResultList()\n  }\n}", findings: [{ line: 9 }] },
    // a cast is not a check: request data keeps its text
    { path: 'src/realtime.ts', code: "import Database from 'better-sqlite3'\nconst db = new Database('board.db')\nio.on('connection', (socket) => {\n  socket.on('sheet:bump', (raw: string) => {\n    const { sheetId } = JSON.parse(raw) as { sheetId: number }\n    db.exec(`UPDATE sheets SET version = version + 1 WHERE id = ${sheetId}`)\n  })\n})", findings: [{ line: 6 }] },
    // a field declared text stays unknown text
    { path: 'src/realtime.ts', code: "import Database from 'better-sqlite3'\nconst db = new Database('board.db')\nsub.subscribe('renamed', (message: string) => {\n  const { id, title } = JSON.parse(message) as { id: number; title: string }\n  db.exec(`UPDATE sheets SET title = '${title}' WHERE id = ${id}`)\n})", findings: [{ line: 5 }] },
  ],
})
