// MongoDB filters a client can rewrite (operators through a JSON or qs-parsed value, `$where` built from
// request text) and regular expressions compiled from request data, each with the safe look-alikes real
// code writes: converted or type-checked values, schemas, route parameters and form fields, escaped patterns.
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const JS = { path: 'src/routes/users.js' }
const TS = { path: 'app/api/members/route.ts' }
const PY = { path: 'app/views.py' }
const EXPRESS = "const User = require('../models/user')\n\n"
const FLASK = 'from flask import request\nfrom pymongo import MongoClient\n\ndb = MongoClient().app\n\n'

testRule(registered('js/nosql-injection'), {
  valid: [
    // converted, checked, route parameters, constants
    { ...JS, code: `${EXPRESS}router.post('/reset', async (req, res) => {\n  const token = String(req.body.token)\n  res.json(await User.findOne({ token }))\n})` },
    { ...JS, code: `${EXPRESS}router.post('/login', async (req, res) => {\n  const { email } = req.body\n  if (typeof email !== 'string') return res.sendStatus(400)\n  res.json(await User.findOne({ email }))\n})` },
    { ...JS, code: `${EXPRESS}router.post('/login', async (req, res) => {\n  res.json(await User.findOne({ email: req.body.email.toLowerCase() }))\n})` },
    { ...JS, code: `${EXPRESS}router.get('/u/:slug', async (req, res) => {\n  res.json(await User.findOne({ slug: req.params.slug }))\n})` },
    { ...JS, code: `${EXPRESS}router.get('/u', async (req, res) => {\n  res.json(await User.find({ active: true, rating: { $gte: Number(req.query.min) } }))\n})` },
    // an update document beside a safe filter; ORM finders take `where` options
    { ...JS, code: `${EXPRESS}router.post('/u/:id', async (req, res) => {\n  res.json(await User.updateOne({ _id: req.params.id }, { $set: { bio: req.body.bio } }))\n})` },
    { ...JS, code: `${EXPRESS}router.post('/login', async (req, res) => {\n  res.json(await User.findOne({ where: { email: req.body.email } }))\n})` },
    // a schema parsed the body
    { ...TS, code: "import { z } from 'zod'\nconst Body = z.object({ email: z.string() })\nexport async function POST(req: Request) {\n  const parsed = Body.safeParse(await req.json())\n  if (!parsed.success) return Response.json({}, { status: 400 })\n  return Response.json(await db.collection('members').findOne({ email: parsed.data.email }))\n}" },
    // a payload whose signature was checked is the signer's (a Stripe event, a svix webhook, a verified JWT's claims)
    { ...JS, code: `${EXPRESS}const jwt = require('jsonwebtoken')\nconst { Webhook } = require('svix')\nrouter.post('/stripe', async (req, res) => {\n  const event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), process.env.STRIPE_WH)\n  await Order.updateOne({ _id: event.data.object.metadata.orderId }, { $set: { paid: true } })\n  res.json({})\n})\nrouter.post('/clerk', async (req, res) => {\n  const msg = new Webhook(process.env.CLERK_WH).verify(req.body, req.headers)\n  res.json(await User.findOne({ clerkId: msg.data.id }))\n})\nrouter.post('/me', async (req, res) => {\n  const claims = jwt.verify(req.body.token, process.env.JWT_SECRET, { algorithms: ['HS256'] })\n  res.json(await User.findOne({ _id: claims.sub }))\n})` },
    // Joi's `{ error, value }`: the schema's output, destructured
    { ...JS, code: `${EXPRESS}router.post('/login', async (req, res) => {\n  const { error, value } = LoginSchema.validate(req.body)\n  if (error) return res.status(422).json(error.details)\n  res.json(await User.findOne({ email: value.email }))\n})` },
    // a webhook body the handler authenticated first with an HMAC of it
    { ...JS, code: `${EXPRESS}const crypto = require('crypto')\nrouter.post('/gh', async (req, res) => {\n  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GH_SECRET).update(JSON.stringify(req.body)).digest('hex')\n  const given = Buffer.from(req.get('x-hub-signature-256') || '')\n  if (given.length !== expected.length || !crypto.timingSafeEqual(given, Buffer.from(expected))) return res.sendStatus(401)\n  res.json(await Integration.findOne({ fullName: req.body.repository.full_name }))\n})` },
    // `$where` from the code's own text
    { ...JS, code: `${EXPRESS}router.get('/old', async (req, res) => {\n  res.json(await User.find({ $where: 'this.loginCount > 10' }))\n})` },
    // a filter built in the route from converted fields and queried in a helper: String() made each text for good
    { ...JS, code: `${EXPRESS}async function ordersFor(filter) {\n  return Order.find(filter).limit(50)\n}\nrouter.get('/orders', async (req, res) => {\n  const filter = { customerId: req.user.id, status: String(req.query.status ?? 'open') }\n  res.json(await ordersFor(filter))\n})` },
  ],
  invalid: [
    { ...JS, code: `${EXPRESS}router.post('/reset', async (req, res) => {\n  const { token } = req.body\n  res.json(await User.findOne({ token, usedAt: null }))\n})`, findings: [{ line: 5, message: /matches `token` on request data/ }] },
    { ...JS, code: `${EXPRESS}router.get('/verify', async (req, res) => {\n  const user = await User.findOneAndUpdate({ code: req.query.code }, { $unset: { code: 1 } })\n  res.json(user)\n})`, findings: [{ line: 4 }] },
    // a token decoded without its signature checked, and an event the handler parsed itself, are still the client's
    { ...JS, code: `${EXPRESS}const jwt = require('jsonwebtoken')\nrouter.post('/me', async (req, res) => {\n  const claims = jwt.decode(req.body.token)\n  res.json(await User.findOne({ _id: claims.sub }))\n})`, findings: [{ line: 6 }] },
    { ...JS, code: `${EXPRESS}router.post('/stripe', async (req, res) => {\n  const event = JSON.parse(req.body)\n  await Order.updateOne({ _id: event.data.object.metadata.orderId }, { $set: { paid: true } })\n  res.json({})\n})`, findings: [{ line: 5 }] },
    // a MAC computed but never compared authenticates nothing
    { ...JS, code: `${EXPRESS}const crypto = require('crypto')\nrouter.post('/gh', async (req, res) => {\n  const expected = crypto.createHmac('sha256', process.env.GH_SECRET).update(JSON.stringify(req.body)).digest('hex')\n  log.info({ expected })\n  res.json(await Integration.findOne({ fullName: req.body.repository.full_name }))\n})`, findings: [{ line: 7 }] },
    // a filter grown field by field, in a branch
    { ...JS, code: `${EXPRESS}router.get('/u', async (req, res) => {\n  const filter = { active: true }\n  if (req.query.role) filter.role = req.query.role\n  res.json(await User.find(filter))\n})`, findings: [{ line: 6 }] },
    { ...TS, code: "export async function POST(req: Request) {\n  const body = await req.json()\n  return Response.json(await db.collection('members').findOne({ email: body.email }))\n}", findings: [{ line: 3 }] },
    { ...JS, code: `${EXPRESS}router.post('/s', async (req, res) => {\n  res.json(await User.find({ $where: \`this.name === '\${req.body.name}'\` }))\n})`, findings: [{ line: 4, message: /\$where/, severity: 'critical' }] },
    // the same helper with the query value as sent, and with one field of two converted
    { ...JS, code: `${EXPRESS}async function ordersFor(filter) {\n  return Order.find(filter).limit(50)\n}\nrouter.get('/orders', async (req, res) => {\n  const filter = { customerId: req.user.id, status: req.query.status }\n  res.json(await ordersFor(filter))\n})`, findings: [{ line: 4 }] },
    { ...JS, code: `${EXPRESS}async function ordersFor(filter) {\n  return Order.find(filter).limit(50)\n}\nrouter.get('/orders', async (req, res) => {\n  const filter = { region: String(req.query.region), status: req.query.status }\n  res.json(await ordersFor(filter))\n})`, findings: [{ line: 4 }] },
  ],
})

// A filter object built by one helper from what the route read and run by another: the `$where` text carries the request
// data across both calls, while a helper that converts the field keeps it a value. Patterns made with new RegExp() from the
// query's terms are the regex rule's: a RegExp is no operator object of the client's.
testRule(registered('js/nosql-injection'), {
  valid: [
    { ...JS, code: "function ownerClause(filters) {\n  return { assignee: String(filters.assignee), state: { $ne: 'archived' } }\n}\nasync function findTickets(clause) {\n  return db.collection('tickets').find(clause).toArray()\n}\nrouter.get('/tickets', async (req, res) => {\n  const filters = { assignee: req.query.assignee }\n  res.json(await findTickets(ownerClause(filters)))\n})" },
    { ...JS, code: EXPRESS + "router.get('/search', async (req, res) => {\n  const terms = [].concat(req.query.q || [])\n  const clauses = terms.map((term) => ({ name: new RegExp(term, 'i') }))\n  res.json(await User.find({ $and: clauses }))\n})" },
  ],
  invalid: [
    { ...JS, code: "function ownerClause(filters) {\n  return { $where: `this.assignee === '${filters.assignee}'` }\n}\nasync function findTickets(clause) {\n  return db.collection('tickets').find(clause).toArray()\n}\nrouter.get('/tickets', async (req, res) => {\n  const filters = { assignee: req.query.assignee }\n  res.json(await findTickets(ownerClause(filters)))\n})", findings: [{ line: 5, message: /\$where/ }] },
  ],
})

testRule(registered('python/nosql-injection'), {
  valid: [
    `${FLASK}@app.post("/login")\ndef login():\n    return db.users.find_one({"username": request.form["username"]})`,
    `${FLASK}@app.post("/login")\ndef login():\n    payload = request.get_json()\n    return db.users.find_one({"username": str(payload["username"])})`,
    `${FLASK}@app.post("/login")\ndef login():\n    name = request.get_json().get("username")\n    if not isinstance(name, str):\n        abort(400)\n    return db.users.find_one({"username": name})`,
    // a str method on the value
    `${FLASK}@app.post("/login")\ndef login():\n    return db.users.find_one({"email": request.json["email"].lower()})`,
    // Parsed JSON the code wrote, and fields picked out of the client's JSON, each converted.
    `${FLASK}DEFAULTS = '{"active": true}'\n\n@app.get("/users")\ndef users():\n    criteria = json.loads(DEFAULTS)\n    return list(db.users.find(criteria))`,
    `${FLASK}@app.get("/events")\ndef events():\n    wanted = json.loads(request.args["filter"])\n    return list(db.events.find({"site": str(wanted.get("site", "main"))}))`,
    // a dict of converted fields built in the route and read by key in a helper
    `${FLASK}def find_account(criteria):\n    return db.accounts.find_one({"email": criteria["email"]})\n\n@app.post("/login")\ndef login():\n    body = request.get_json()\n    return find_account({"email": str(body.get("email", "")), "source": "web"})`,
  ],
  invalid: [
    { ...PY, code: `${FLASK}@app.post("/login")\ndef login():\n    payload = request.get_json()\n    return db.users.find_one({"username": payload["username"], "active": True})`, findings: [{ line: 9 }] },
    // the helper's dict read by key holds the body's value as sent, beside a converted one
    { ...PY, code: `${FLASK}def find_account(criteria):\n    return db.accounts.find_one({"email": criteria["email"]})\n\n@app.post("/login")\ndef login():\n    body = request.get_json()\n    return find_account({"source": str(body.get("source")), "email": body.get("email")})`, findings: [{ line: 7 }] },
    // JSON text the client sent, parsed here and used as the filter, keys added to it or not.
    { ...PY, code: `${FLASK}@app.get("/events")\ndef events():\n    criteria = json.loads(request.args["filter"])\n    criteria["site"] = "main"\n    return list(db.events.find(criteria))`, findings: [{ line: 10 }] },
    { ...PY, code: 'import json\nfrom ariadne import QueryType\nfrom pymongo import MongoClient\n\nquery = QueryType()\nevents = MongoClient().app.events\n\n@query.field("events")\ndef resolve_events(_, info, filter):\n    return list(events.find(json.loads(filter)))', findings: [{ line: 10 }] },
    { ...PY, code: `${FLASK}@app.post("/s")\ndef s():\n    body = request.get_json()\n    return list(db.users.find({"$where": f"this.name == '{body['name']}'"}))`, findings: [{ line: 9, severity: 'critical' }] },
  ],
})

testRule(registered('js/regex-injection'), {
  valid: [
    { ...JS, code: "router.get('/find', (req, res) => {\n  res.json(lines.filter((l) => new RegExp(_.escapeRegExp(req.query.q), 'i').test(l)))\n})" },
    { ...JS, code: "router.get('/find', (req, res) => {\n  const q = String(req.query.q).replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&')\n  res.json(lines.filter((l) => new RegExp(q, 'i').test(l)))\n})" },
    { ...JS, code: "const LEVELS = ['info', 'warn']\nrouter.get('/lvl', (req, res) => {\n  const level = LEVELS.includes(req.query.level) ? req.query.level : 'info'\n  res.json(lines.filter((l) => new RegExp(`\\\\b${level}\\\\b`).test(l)))\n})" },
    // the browser's own URL: a page can only stall itself
    { path: 'src/components/Search.jsx', code: "export function highlight(text) {\n  const q = new URLSearchParams(location.search).get('q')\n  return text.split(new RegExp(q, 'gi'))\n}" },
    // the code's own values
    { ...JS, code: "function matcher(words) {\n  return new RegExp(`(${words.join('|')})`, 'gi')\n}" },
    { ...JS, code: "router.get('/p', async (req, res) => {\n  res.json(await Product.find({ name: { $regex: escapeStringRegexp(req.query.q), $options: 'i' } }))\n})" },
  ],
  invalid: [
    { ...JS, code: "router.get('/grep', (req, res) => {\n  const re = new RegExp(req.query.pattern, 'm')\n  res.json(lines.filter((l) => re.test(l)))\n})", findings: [{ line: 2, message: /ReDoS/ }] },
    { ...JS, code: "router.get('/s', (req, res) => {\n  const prefix = new RegExp('^' + req.query.prefix)\n  res.json(names.filter((n) => prefix.test(n)))\n})", findings: [{ line: 2 }] },
    { ...JS, code: "router.get('/p', async (req, res) => {\n  res.json(await Product.find({ name: { $regex: req.query.q, $options: 'i' } }))\n})", findings: [{ line: 2, message: /\$regex|regular expression/ }] },
  ],
})

testRule(registered('python/regex-injection'), {
  valid: [
    `${FLASK}@app.get("/find")\ndef find():\n    needle = re.escape(request.args["q"])\n    return [l for l in LINES if re.search(needle, l)]`,
    `${FLASK}LEVEL = re.compile(r"ERROR")\n\n@app.get("/errors")\ndef errors():\n    return [l for l in LINES if LEVEL.search(l)]`,
    `${FLASK}@app.get("/split")\ndef split():\n    sep = request.args.get("sep", ",")\n    if sep not in {",", ";"}:\n        sep = ","\n    return [re.split(sep, l) for l in LINES]`,
  ],
  invalid: [
    { ...PY, code: `import re\n${FLASK}@app.get("/grep")\ndef grep():\n    pattern = re.compile(request.args["pattern"])\n    return [l for l in LINES if pattern.search(l)]`, findings: [{ line: 9, message: /ReDoS/ }] },
    { ...PY, code: `import re\n${FLASK}@app.post("/mask")\ndef mask():\n    word = request.form["word"]\n    return [re.sub(word, "***", l) for l in LINES]`, findings: [{ line: 10 }] },
    { ...PY, code: `${FLASK}@app.get("/users")\ndef users():\n    query = {"active": True}\n    if request.args.get("q"):\n        query["name"] = {"$regex": request.args["q"]}\n    return list(db.users.find(query))`, findings: [{ line: 11 }] },
  ],
})

// Prisma and Strapi take operators as plain keys of a where clause (`{ passwordHash: { startsWith: 'a' } }`, `$contains`):
// a clause the client sent whole lets it filter on any field.
const PRISMA = "import { PrismaClient } from '@prisma/client'\nconst prisma = new PrismaClient()\n"
testRule(registered('js/nosql-injection'), {
  valid: [
    { path: 'src/routes/users.ts', code: `${PRISMA}router.get('/users', async (req, res) => {\n  res.json(await prisma.user.findMany({ where: { status: String(req.query.status) }, select: { id: true, name: true } }))\n})` },
    { path: 'src/routes/users.ts', code: `${PRISMA}router.get('/users', async (req, res) => {\n  const { status } = Filter.parse(req.query)\n  res.json(await prisma.user.findMany({ where: { status } }))\n})` },
    { path: 'src/api/article/controllers/article.ts', code: "export default factories.createCoreController('api::article.article', ({ strapi }) => ({\n  async bySlug(ctx) {\n    ctx.body = await strapi.documents('api::article.article').findMany({ filters: { slug: { $eq: String(ctx.params.slug) } } })\n  },\n}))" },
  ],
  invalid: [
    { path: 'src/routes/users.ts', code: `${PRISMA}router.post('/users/search', async (req, res) => {\n  res.json(await prisma.user.findMany({ where: req.body.where, take: 50 }))\n})`, findings: [{ line: 4, message: /`where` clause whole/ }] },
    { path: 'src/api/article/controllers/article.ts', code: "export default factories.createCoreController('api::article.article', ({ strapi }) => ({\n  async filtered(ctx) {\n    ctx.body = await strapi.db.query('api::article.article').findMany({ where: ctx.query.filters, limit: 20 })\n  },\n}))", findings: [{ line: 3 }] },
  ],
})
