/**
 * MongoDB filters a client can rewrite (CWE-943). Two shapes:
 *
 * - Operator injection. A JSON body (or a query string parsed by `qs`, Express's default) can hold
 *   an object where the code expects text: `{"token": {"$ne": null}}` turns `findOne({ token })`
 *   into "any document", so a reset-token or login check passes without the secret. Only sources
 *   that can carry objects count (bodies, parsed query strings, JSON), not route parameters,
 *   headers or form fields, and a value the code converts (`String(x)`, `x.toLowerCase()`,
 *   `ObjectId(x)`) or checks (`typeof x === 'string'`, `isinstance(x, str)`) is safe.
 * - `$where` built from request text: JavaScript the database runs.
 *
 * `$regex` from the request is a regular-expression injection and is reported by that rule, here
 * because the pattern sits in a filter. The filter is the sink's first argument (`distinct`'s
 * second, an `aggregate` pipeline's `$match`), written in place or built field by field in a local.
 * ORM calls that share the method names (Sequelize, TypeORM, Prisma) pass options with `where`.
 */
import { closeBrace } from '../../source'
import type { CallEvent, RuleFinding } from '../events'
import { field, namedChildren } from '../text'
import { isInert, isTainted, type Value } from '../value'
import { callText, describeFlow, fileMatches, finding, isBuiltUnsafe, type MatchContext, scoped } from './common'
import { regexFinding, unescapedPattern, type RegexLanguage } from './regex'
import { assignments, outerScopeText, signedBody, vouched } from './written'

const JS_METHODS = /^(find|findOne|findOneAndUpdate|findOneAndDelete|findOneAndReplace|findOneAndRemove|updateOne|updateMany|deleteOne|deleteMany|replaceOne|countDocuments|count|exists|distinct|aggregate)$/
const PY_METHODS = /^(find|find_one|find_one_and_update|find_one_and_delete|find_one_and_replace|update_one|update_many|delete_one|delete_many|replace_one|count_documents|count|distinct|aggregate)$/
/** Option keys of ORM finders (Sequelize, TypeORM, Prisma, MikroORM): such an argument is not a Mongo filter. */
const ORM_OPTION = new Set(['where', 'include', 'attributes', 'order', 'orderBy', 'select', 'relations', 'data', 'take', 'skip', 'cursor', 'limit', 'offset', 'raw', 'transaction', 'group', 'having', 'paranoid', 'lock'])
/** Receivers that are SQL query builders or ORMs whatever their arguments look like. */
const ORM_RECEIVER = /(^|\.)(prisma|knex|sequelize|repo|repository|\w+Repository|\w+Repo|manager|em|dataSource|queryBuilder|qb)(\.|$)/i

/** Request reads that can hold an object: a parsed body or JSON, or a query string parsed by `qs`. */
const OBJECT_SOURCE: Record<RegexLanguage, RegExp> = {
  js: /(^|\.)(body|query|input|payload)\b|\bjson\(|readBody|getQuery|\bvariables\b|\bargs\b/,
  python: /json|(^|\.)(data|media)\b|json_body/,
}
/** Reads that are always text: route parameters, headers, cookies, URL search parameters, form fields. */
const TEXT_SOURCE = /params|param\(|header|cookie|searchParams|formData|\.get\(|\.(form|args|GET|POST|values)\b|\burl\b|pathname/i

/** A value written as a bare read (`token`, `req.body.email`, `payload["user"]`): nothing converted it. */
const BARE = /^[A-Za-z_$][\w$]*(\s*(\??\.\s*[A-Za-z_$][\w$]*|\[\s*(['"][^'"]*['"]|\d+)\s*\]))*$/

interface Field {
  key: string
  value: Value
}

/** The filter a Mongo call matches on, or undefined when the call is not one. */
function mongoFilter(ev: CallEvent, lang: RegexLanguage): Value | undefined {
  if (ev.kind !== 'call' || !ev.receiver || ev.isNew || !(lang === 'js' ? JS_METHODS : PY_METHODS).test(ev.name)) return undefined
  if (ORM_RECEIVER.test(ev.receiverText ?? '')) return undefined
  if (ev.name === 'aggregate') {
    for (const stage of ev.args[0]?.elements ?? []) {
      const match = stage.fields?.get('$match')
      if (match?.fields) return match
    }
    return undefined
  }
  const filter = ev.args[ev.name === 'distinct' ? 1 : 0]
  if (!filter?.fields || filter.fields.size === 0) return undefined
  for (const key of filter.fields.keys()) if (ORM_OPTION.has(key)) return undefined
  return filter
}

/** Every field of a filter with its value, operators' operands included (`{ age: { $gte: n } }`, `$and: [...]`), a few levels down. */
function fieldsOf(v: Value, depth = 0, out: Field[] = []): Field[] {
  if (depth > 3) return out
  for (const [key, value] of v.fields ?? []) {
    out.push({ key, value })
    if (value.fields) fieldsOf(value, depth + 1, out)
    for (const e of value.elements ?? []) if (e.fields) fieldsOf(e, depth + 1, out)
  }
  return out
}

/** The text a filter field was written as: in the object literal at the call, or the right-hand side of `filter.key = …` / `query["key"] = …`. */
function writtenAs(key: string, ev: CallEvent, m: MatchContext, scope: string, nested = false): string[] {
  const filterNode = ev.argNodes[ev.name === 'distinct' ? 1 : 0]
  const out: string[] = []
  const escaped = key.replace(/[$.]/g, (c) => `\\${c}`)
  const inLiteral = new RegExp(`(?:^|[{,\\s])['"]?${escaped}['"]?\\s*:\\s*([^,}\\n]+)`, 'g')
  // Only the filter's own text: an update document beside it (`{ $unset: { code: 1 } }`) says nothing of it.
  if (filterNode) for (const x of m.text(filterNode).matchAll(inLiteral)) out.push(x[1]!.trim())
  // `{ serial, setupToken }`: a shorthand field is written as the name itself, whatever else shares the field's name.
  if (filterNode?.type === 'object' && new RegExp(`[{,]\\s*${escaped}\\s*(?=[,}])`).test(m.text(filterNode))) out.push(key)
  // `const filter = { status: String(q.status) }` … `find(filter)`: the literal the name was bound to.
  if (filterNode?.type === 'identifier') for (const literal of boundLiterals(m.text(filterNode), scope)) for (const x of literal.matchAll(inLiteral)) out.push(x[1]!.trim())
  for (const x of scope.matchAll(new RegExp(`[\\w$]+(?:\\.${escaped}|\\[\\s*['"]${escaped}['"]\\s*\\])\\s*=(?![=>])\\s*([^\\n;]+)`, 'g'))) out.push(x[1]!.trim())
  // An operator inside a field written apart from the call (`filter.name = { $regex: q }`).
  if (nested) for (const x of scope.matchAll(inLiteral)) out.push(x[1]!.trim())
  // `{ token }`: the shorthand is the name itself.
  if (out.length === 0 && !nested) out.push(key)
  return out
}

/** The object literals `name` is bound to in `scope` (`const name = { … }`, brackets balanced, strings not read into). */
function boundLiterals(name: string, scope: string): string[] {
  const out: string[] = []
  for (const x of scope.matchAll(new RegExp(`(?:^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\s*(?::[^=\\n]+)?=\\s*\\{`, 'g'))) {
    const start = x.index + x[0].length - 1
    const end = closeBrace(scope, start)
    if (end >= 0) out.push(scope.slice(start, end + 1))
  }
  return out
}

/** A schema that parses the body (zod `safeParse`, Joi `validate`, class-transformer, pydantic, marshmallow): its fields have the types it declares. */
const SCHEMA_CALL = /(?<!JSON)\.(safeParse|parse|parseAsync|safeParseAsync|validate|validateSync|validateAsync|cast|model_validate|parse_obj|load)\s*\(|\bplainTo(Instance|Class)\s*\(/

/** What `const { error, value } = schema.validate(body)` binds `value` from: the right-hand sides of destructurings naming it. */
function destructuredFrom(name: string, scope: string): string[] {
  const n = name.replace(/\$/g, '\\$')
  return [...scope.matchAll(new RegExp(`\\b(?:const|let|var)\\s*\\{[^}=]*(?<![\\w$])${n}(?![\\w$])[^}]*\\}\\s*=\\s*([^\\n;]+)`, 'g'))].map((x) => x[1]!)
}

/** A written value that is a bare read of something only ever bound to bare reads (or destructured): not converted, not checked. */
function unconverted(text: string, scope: string, lang: RegexLanguage, seen = 0): boolean {
  const t = text.trim()
  if (!BARE.test(t)) return false
  const root = /^[A-Za-z_$][\w$]*/.exec(t)![0]
  if (assignments(root, scope).some((rhs) => SCHEMA_CALL.test(rhs)) || destructuredFrom(root, scope).some((rhs) => SCHEMA_CALL.test(rhs))) return false
  // `typeof token === 'string'`, `typeof params.action === 'string'` (the read as written), `isinstance(x, str)`.
  const escaped = t.replace(/[.$[\]()?]/g, '\\$&').replace(/\s+/g, '\\s*')
  const typeCheck = lang === 'js' ? new RegExp(`typeof\\s+${escaped}\\s*[!=]==?\\s*['"]string['"]`) : new RegExp(`isinstance\\(\\s*${escaped}\\s*,\\s*str\\s*\\)`)
  if (typeCheck.test(scope)) return false
  // Meteor's `check(token, String)`, `check(filter, { status: Match.OneOf('a', 'b') })`: the call throws unless the value has that shape.
  if (lang === 'js' && new RegExp(`\\bcheck\\(\\s*${root.replace(/\$/g, '\\$')}\\s*,\\s*(String|Number|Boolean|Match\\.(Integer|OneOf|Where)\\b|\\{)`).test(scope)) return false
  const name = /^[A-Za-z_$][\w$]*$/.test(t) ? t : undefined
  if (name) {
    if (seen < 2) for (const rhs of assignments(name, scope)) if (!unconverted(rhs.replace(/[;,]\s*$/, ''), scope, lang, seen + 1)) return false
  }
  return true
}

function objectCapable(v: Value, lang: RegexLanguage): boolean {
  if (v.taint?.text) return false
  if (v.taint?.object) return true
  const source = v.taint?.source ?? ''
  return OBJECT_SOURCE[lang].test(source) && !TEXT_SOURCE.test(source)
}

const FIX: Record<RegexLanguage, { operator: string; where: string }> = {
  js: {
    operator: 'Convert the value to the type the field holds (`String(token)`, `new ObjectId(id)`) or validate the body with a schema, so an object such as `{"$ne": null}` is refused; Mongoose\'s `sanitizeFilter` option or `express-mongo-sanitize` strip operators app-wide.',
    where: 'Express the condition with query operators (`{ body: { $regex: _.escapeRegExp(text) } }`) instead of `$where`: the database runs that text as JavaScript.',
  },
  python: {
    operator: 'Convert the value to the type the field holds (`str(payload["username"])`, `ObjectId(id)`) or validate the body with a schema (pydantic, marshmallow), so an object such as `{"$ne": null}` is refused.',
    where: 'Express the condition with query operators (`{"name": {"$regex": re.escape(text)}}`) instead of `$where`: the database runs that text as JavaScript.',
  },
}

/** The flaws of one Mongo call's filter: request data it matches on as sent (or a `$where` built from it), and a `$regex` from the request. */
function mongoFindings(lang: RegexLanguage, ev: CallEvent, m: MatchContext): RuleFinding[] | undefined {
  // `this.users.find(q)` on a service class of the change: its own method, whose body is read with `q`.
  if (m.isTest || ev.ownMethod) return undefined
  const whole = lang === 'js' ? clientFilter(ev, m) ?? spreadFilter(ev, m) ?? clientStages(ev, m) ?? clientWhere(ev, m) : pythonClientFilter(ev, m)
  if (whole) return [whole]
  const filter = mongoFilter(ev, lang)
  if (!filter || isInert(filter)) return undefined
  const fields = fieldsOf(filter)
  const scope = outerScopeText(ev, m)
  const out: RuleFinding[] = []
  const operator = operatorInjection(lang, ev, m, fields, scope)
  if (operator) out.push(operator)
  const pattern = fields.find(({ key, value }) => key === '$regex' && unescapedPattern(ev, m, value, writtenAs('$regex', ev, m, scope, true)))
  if (pattern) out.push(regexFinding(lang, ev, m, pattern.value, '$regex', 'matches with'))
  return out
}

/** Mongo methods whose first argument is the filter (not `aggregate`'s pipeline nor `distinct`'s field name). */
const FILTER_FIRST = /^(find|findOne|findOneAndUpdate|findOneAndDelete|findOneAndReplace|findOneAndRemove|updateOne|updateMany|deleteOne|deleteMany|replaceOne|countDocuments|count|exists)$/

/**
 * The whole filter is request data (`User.find(req.query)`, `find(JSON.parse(req.query.filter))`): the client writes
 * every condition, operators and `$where` included, and can match documents of anyone it likes.
 */
function clientFilter(ev: CallEvent, m: MatchContext): RuleFinding | undefined {
  if (ev.kind !== 'call' || !ev.receiver || ev.isNew || !FILTER_FIRST.test(ev.name) || ORM_RECEIVER.test(ev.receiverText ?? '')) return undefined
  const node = ev.argNodes[0]
  const v = ev.args[0]
  if (!node || !v || !/^(identifier|member_expression|call_expression|subscript_expression)$/.test(node.type)) return undefined
  if (v.fields || v.elements || v.built || !isTainted(v) || isInert(v) || vouched(v.safe) || !objectCapable(v, 'js')) return undefined
  // A parsed body or query string used as a filter, or a member of one (`find(req.body.filter)`: JSON and qs both nest), or
  // JSON the client sent, parsed here.
  // An argument its resolver types as an object (`args.filter` typed `Record<string, unknown>`) is one the client writes whole.
  const wholeObject = v.taint?.object === true && /GraphQL argument/.test(v.taint.source)
  if (!wholeObject && !/JSON\.parse\(/.test(m.text(node)) && !(node.type === 'identifier' && parsedJson(m.text(node), outerScopeText(ev, m))) && !/^(req|request|ctx\.request|ctx)\.(body|query)(\.[\w$]+)*$/.test(m.text(node))) return undefined
  if (signedBody(ev, m)) return undefined
  return finding('js/nosql-injection', ev, m, `\`${callText(ev.node, m)}\` matches on a filter that is ${describeFlow(v, m.text(node), m.row(ev.stmt))} as a whole: the client writes every condition, operators such as \`$ne\`/\`$gt\` and \`$where\` JavaScript included, so it can match any document`, 'Build the filter from the fields a client may search on, each converted to its type (`{ status: String(q.status) }`); never pass a parsed query string or JSON body as the filter.', [v], 'critical')
}

/** Finders of ORMs whose where clause takes operators written as plain keys (Prisma's `startsWith`, Strapi's `$contains`). */
const ORM_FINDER = /^(findMany|findFirst|findFirstOrThrow|findUnique|findUniqueOrThrow|findOne|count|aggregate|groupBy|deleteMany|updateMany)$/
/** A Prisma model delegate (`prisma.user`, `this.prisma.order`, `tx.invoice`) or Strapi's query engine, entity service and document service. */
const PRISMA_DELEGATE = /(^|\.)(prisma|tx|db)\.[a-z]\w*$/
const STRAPI_QUERY = /^strapi\.(db\.query|query|documents)\(|^strapi\.entityService$/
const PRISMA_CLIENT = /['"]@prisma\/client['"]/
const LOOPBACK_FINDER = /^(find|findOne|count|updateAll|deleteAll)$/
const LOOPBACK_REPOSITORY = /(^|\.)\w*(Repository|Repo)$/
const LOOPBACK_MODULE = /['"]@loopback\/(repository|rest)['"]/
/** The parsed query string or JSON body, or a member of one, as read. */
const WHOLE_READ = /^(req|request|ctx\.request|ctx)\.(body|query)(\??\.[\w$]+)*$/

/**
 * An ORM's where clause taken whole from the client (`prisma.user.findMany({ where: req.body.where })`, Strapi's
 * `strapi.db.query(uid).findMany({ where: ctx.query.filters })`): the client writes the conditions, operators included,
 * so it can filter on fields it is never shown (a password hash, a reset token, another tenant's id) and read them out a
 * character at a time with `startsWith`, or match every record.
 */
function clientWhere(ev: CallEvent, m: MatchContext): RuleFinding | undefined {
  if (ev.kind !== 'call' || !ev.receiver || ev.isNew) return undefined
  const receiver = ev.receiverText ?? ''
  // LoopBack 4's repositories take a filter whose `where` holds operators as plain keys (`regexp`, `like`, `neq`, `inq`).
  const loopback = LOOPBACK_FINDER.test(ev.name) && LOOPBACK_REPOSITORY.test(receiver) && fileMatches(ev.node, m, LOOPBACK_MODULE)
  if (!loopback && !ORM_FINDER.test(ev.name)) return undefined
  const strapi = STRAPI_QUERY.test(receiver)
  if (!loopback && !strapi && !(PRISMA_DELEGATE.test(receiver) && (/prisma/i.test(receiver) || fileMatches(ev.node, m, PRISMA_CLIENT)))) return undefined
  for (const [i, arg] of ev.argNodes.entries()) {
    if (arg.type !== 'object') continue
    for (const pair of namedChildren(arg)) {
      const key = pair.type === 'pair' ? m.text(field(pair, 'key') ?? pair).replace(/^['"]|['"]$/g, '') : ''
      const node = pair.type === 'pair' ? field(pair, 'value') : undefined
      if (!node || !(key === 'where' || (strapi && key === 'filters'))) continue
      const v = ev.args[i]?.fields?.get(key)
      const read = m.text(node).replace(/\s+as\s+[\w<>[\]{}|, ]+$/, '').trim()
      if (!v || v.fields || v.elements || v.built || !isTainted(v) || isInert(v) || vouched(v.safe) || !objectCapable(v, 'js')) continue
      // A LoopBack controller's body or filter parameter (`@requestBody() body`, `@param.filter(Product) filter`) is read by its own name.
      if (!WHOLE_READ.test(read) && !/JSON\.parse\(/.test(read) && !(loopback && /^[\w$]+(\??\.[\w$]+)*$/.test(read))) continue
      if (signedBody(ev, m)) return undefined
      return finding('js/nosql-injection', ev, m, `\`${callText(ev.node, m)}\` takes its \`${key}\` clause whole from ${describeFlow(v, read, m.row(ev.stmt))}: the client writes the conditions, operators included, so it can filter on fields it is never shown (a password hash, a reset token) and read them out a character at a time with \`startsWith\`, or match every record`, 'Build the clause from the fields a client may filter on, each converted to its type (`{ status: String(q.status) }`), or parse the query with a schema that lists them (Strapi: `await this.sanitizeQuery(ctx)` first).', [v], 'critical')
    }
  }
  return undefined
}

/** A module that talks to MongoDB through PyMongo or Motor (whose collections are what `.find()` is called on). */
/** A Mongo driver, or Beanie, whose `Document` classes take a Mongo filter in `find(...)` as the collection does. */
const PY_MONGO_CLIENT = /^\s*(from|import)\s+(pymongo|motor|mongomock|beanie)\b/m
/** A JSON decoder's call (`json.loads(text)`, `orjson.loads`, `ujson.loads`), at the start of the text. */
const PY_JSON_DECODE = /^(await\s+)?(json|orjson|ujson|simplejson|rapidjson)\.loads?\(/
const PY_FILTER_FIRST = /^(find|find_many|find_one|find_one_and_update|find_one_and_delete|find_one_and_replace|update_one|update_many|delete_one|delete_many|replace_one|count_documents)$/

/**
 * `db.listings.find(await request.json())`, `coll.find_one(request.get_json())`: in Python too, a parsed JSON body used
 * as the whole filter lets the client write every condition (`{"owner": {"$ne": null}}`, `$where` JavaScript).
 */
function pythonClientFilter(ev: CallEvent, m: MatchContext): RuleFinding | undefined {
  if (ev.kind !== 'call' || !ev.receiver || ev.isNew || !PY_FILTER_FIRST.test(ev.name) || ORM_RECEIVER.test(ev.receiverText ?? '')) return undefined
  if (!fileMatches(ev.node, m, PY_MONGO_CLIENT)) return undefined
  const node = ev.argNodes[0]
  const v = ev.args[0]
  if (!node || !v || !/^(identifier|attribute|call|subscript|await)$/.test(node.type)) return undefined
  // Text the client sent, parsed here (`json.loads(args["filter"])`, a name bound to it): a JSON object whatever the
  // read was, and keys the code adds to it afterwards (`criteria["site"] = site`) leave the client's conditions in place.
  const parsed = PY_JSON_DECODE.test(m.text(node)) || (node.type === 'identifier' && assignments(m.text(node), outerScopeText(ev, m)).some((rhs) => PY_JSON_DECODE.test(rhs)))
  if ((v.fields && !parsed) || v.elements || v.built || !isTainted(v) || isInert(v) || vouched(v.safe) || !(parsed || objectCapable(v, 'python'))) return undefined
  return finding('python/nosql-injection', ev, m, `\`${callText(ev.node, m)}\` matches on a filter that is ${describeFlow(v, m.text(node), m.row(ev.stmt))} as a whole: the client writes every condition, operators such as \`$ne\`/\`$gt\` and \`$where\` JavaScript included, so it can match any document`, 'Build the filter from the fields a client may search on, each converted to its type (`{"status": str(body["status"])}`), or validate the body with a schema; never pass a parsed JSON body as the filter.', [v], 'critical')
}

/**
 * Client data the code uses as an object (spreads it, runs it as stages), that nothing converted, checked or authenticated:
 * a body or query string, or what a socket peer, a GraphQL client or an RPC caller sent; not a read that is always text
 * (route parameters, headers, cookies, form fields).
 */
function clientObject(v: Value | undefined): v is Value {
  return !!v && !v.fields && !v.elements && !v.built && isTainted(v) && !isInert(v) && !vouched(v.safe) && (objectCapable(v, 'js') || !TEXT_SOURCE.test(v.taint?.source ?? ''))
}

/**
 * Request data spread into a filter (`find({ ...req.body.where, tenantId })`, `{ $match: { owner, ...filter } }`): its keys
 * are the client's, so it can add `$where`, `$or` or `{ "$ne": null }` conditions next to the ones the code wrote, and
 * overwrite them when the spread comes last. An object the code filled field by field is its own.
 */
function spreadFilter(ev: CallEvent, m: MatchContext): RuleFinding | undefined {
  if (ev.kind !== 'call' || !ev.receiver || ev.isNew || ORM_RECEIVER.test(ev.receiverText ?? '')) return undefined
  let filter: Value | undefined
  if (FILTER_FIRST.test(ev.name)) filter = ev.args[0]
  else if (ev.name === 'aggregate') filter = ev.args[0]?.elements?.map((stage) => stage.fields?.get('$match')).find((match) => clientObject(match?.spread))
  if (!filter?.fields || !clientObject(filter.spread)) return undefined
  for (const key of filter.fields.keys()) if (ORM_OPTION.has(key)) return undefined
  if (signedBody(ev, m)) return undefined
  const v = filter.spread
  return finding('js/nosql-injection', ev, m, `\`${callText(ev.node, m)}\` spreads ${describeFlow(v, '', m.row(ev.stmt))} into its filter: the client chooses the keys, so it can add conditions such as \`$where\` JavaScript, \`$or\` or \`{"$ne": null}\` beside the ones written here, and override them`, 'Copy only the fields a client may search on, each converted to its type (`{ status: String(q.status) }`); never spread a parsed body or query string into a filter.', [v], 'critical')
}

/**
 * An aggregation pipeline whose stages the client wrote (`aggregate([...base, ...req.body.stages])`, `aggregate(req.body.pipeline)`):
 * `$lookup` reads other collections, `$out`/`$merge` write, and `$function`/`$accumulator` run JavaScript on the server.
 */
function clientStages(ev: CallEvent, m: MatchContext): RuleFinding | undefined {
  if (ev.kind !== 'call' || !ev.receiver || ev.isNew || ev.name !== 'aggregate' || ORM_RECEIVER.test(ev.receiverText ?? '')) return undefined
  const pipeline = ev.args[0]
  const v = pipeline?.elements ? pipeline.elements.find((stage) => clientObject(stage)) : clientObject(pipeline) ? pipeline : undefined
  if (!v || signedBody(ev, m)) return undefined
  return finding('js/nosql-injection', ev, m, `\`${callText(ev.node, m)}\` runs pipeline stages that are ${describeFlow(v, '', m.row(ev.stmt))}: the client can \`$lookup\` other collections, write with \`$out\`/\`$merge\` and run JavaScript with \`$function\``, 'Build the pipeline in code from a few options the client may choose (a field to group by from a fixed table, a converted date range); never run stages the client sent.', [v], 'critical')
}

/**
 * The route the handler is registered with validates the field read as a primitive with Joi before the handler runs:
 * hapi's `server.route({ options: { validate: { payload: Joi.object({ email: Joi.string() }) } }, handler })`, celebrate's
 * `router.post(path, celebrate({ [Segments.BODY]: Joi.object({ email: Joi.string() }) }), handler)`. Joi converts the
 * value or refuses the request, so an object such as `{"$ne": null}` never reaches the handler.
 */
function routeDeclaresPrimitive(ev: CallEvent, m: MatchContext, written: string): boolean {
  const field = /\.\s*([A-Za-z_$][\w$]*)\s*$/.exec(written.trim())?.[1]
  if (!field) return false
  for (let n = ev.fn.node?.parent; n; n = n.parent) {
    if (n.type !== 'call_expression') continue
    const text = m.text(n)
    if (!/\b(validate|celebrate)\b/.test(text)) return false
    return new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}\\s*:\\s*(Joi|joi)\\.(string|number|boolean|date|bool|guid|uuid)\\(`).test(text)
  }
  return false
}

/** `name` is bound to `JSON.parse(…)` of something (`const filter = q ? JSON.parse(q) : {}`). */
function parsedJson(name: string, scope: string): boolean {
  return assignments(name, scope).some((rhs) => /\bJSON\.parse\(/.test(rhs))
}

function operatorInjection(lang: RegexLanguage, ev: CallEvent, m: MatchContext, fields: readonly Field[], scope: string): RuleFinding | undefined {
  for (const { key, value } of fields) {
    if (key !== '$where' || isInert(value) || !(isTainted(value) || value.built)) continue
    // Outside a handler, Python's `$where` formatted from a value the code does not fix (a helper's parameter) is reported
    // too: nothing but JavaScript text goes there, so no caller's value is safe in it unchecked.
    if (!isTainted(value) && !ev.fn.handler && !(lang === 'python' && isBuiltUnsafe(value, 'code') && !m.isTest)) continue
    const how = describeFlow(value, '$where', m.row(ev.stmt))
    return finding(`${lang}/nosql-injection`, ev, m, `\`${callText(ev.node, m)}\` runs a \`$where\` clause built from ${how}: MongoDB executes that text as JavaScript, so a quote in the value adds code of its own (\`'; return true; '\` matches every document)`, FIX[lang].where, [value], 'critical')
  }
  // A webhook whose body the handler authenticated first (an HMAC of it compared with the signature header) came from
  // the provider that holds the key, which sends the JSON its documentation describes, not operators.
  if (lang === 'js' && signedBody(ev, m)) return undefined
  for (const { key, value } of fields) {
    // `{ name: { $eq: value } }` compares the field with the value as written, an object included: MongoDB's own
    // advice against operator injection, so the value is no filter of the client's.
    if (key.startsWith('$') && key !== '$ne' && key !== '$in' && key !== '$nin') continue
    if (value.built || value.fields || value.elements || !isTainted(value) || isInert(value) || vouched(value.safe) || !objectCapable(value, lang)) continue
    const written = writtenAs(key, ev, m, scope)
    if (!written.every((t) => unconverted(t, scope, lang))) continue
    if (lang === 'js' && written.length > 0 && written.every((t) => routeDeclaresPrimitive(ev, m, t))) continue
    const how = describeFlow(value, key, m.row(ev.stmt))
    return finding(`${lang}/nosql-injection`, ev, m, `\`${callText(ev.node, m)}\` matches \`${key}\` on ${how} as sent: a JSON body or parsed query string can put an object there (\`{"$ne": null}\`), which MongoDB reads as an operator, so the filter matches documents the caller never named`, FIX[lang].operator, [value], 'major')
  }
  return undefined
}

// Every Mongo method name holds one of these words, so they also gate the `$regex` findings.
export const javascriptMongoFilter = scoped({ kinds: ['call'], needles: ['find', 'One', 'Many', 'count', 'exists', 'distinct', 'aggregate'] }, (ev, m) => (ev.kind === 'call' ? mongoFindings('js', ev, m) : undefined))
export const pythonMongoFilter = scoped({ kinds: ['call'], needles: ['find', '_one', '_many', 'count', 'distinct', 'aggregate'] }, (ev, m) => (ev.kind === 'call' ? mongoFindings('python', ev, m) : undefined))

/** A module that maps documents with MongoEngine (or Flask-MongoEngine), whose querysets are `Model.objects`. */
const PY_MONGOENGINE = /^\s*(from|import)\s+(mongoengine|flask_mongoengine)\b/m
/** A MongoEngine queryset: `Article.objects`, `Article.objects(...)`, `Article.objects.filter(...)` and the like. */
const QUERYSET = /\.objects\b/

/**
 * MongoEngine's ways past its keyword filters: `Article.objects(__raw__=filter)` hands PyMongo the dict as the query,
 * so a client's parsed JSON writes every condition (`{"$where": …}`, `{"$ne": null}`); `queryset.where(js)` is MongoDB's
 * `$where`, JavaScript the server runs; and a `__regex`/`__iregex` lookup is a `$regex` the client writes.
 */
export const pythonMongoEngine = scoped({ kinds: ['call'], needles: ['objects', '__raw__', 'regex', 'where'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !ev.receiver || !fileMatches(ev.node, m, PY_MONGOENGINE)) return undefined
  const receiver = ev.receiverText ?? ''
  const queryset = ev.name === 'objects' || QUERYSET.test(receiver)
  if (!queryset) return undefined
  const raw = ev.kwargs.get('__raw__')
  if (raw && !raw.fields && !raw.built && isTainted(raw) && !isInert(raw) && !vouched(raw.safe)) {
    return finding('python/nosql-injection', ev, m, `\`${callText(ev.node, m)}\` passes ${describeFlow(raw, '__raw__', m.row(ev.stmt))} as a raw MongoDB query: the client writes every condition, operators such as \`$ne\`/\`$gt\` and \`$where\` JavaScript included, so it can match any document`, 'Filter with keyword lookups on the fields a client may search on (`Article.objects(author=str(author))`); never pass a parsed query as `__raw__`.', [raw], 'critical')
  }
  if (ev.name === 'where' && ev.args[0] && !isInert(ev.args[0]) && (isTainted(ev.args[0]) || isBuiltUnsafe(ev.args[0], 'code'))) {
    const js = ev.args[0]
    if (isTainted(js) || ev.fn.handler) {
      return finding('python/nosql-injection', ev, m, `\`${callText(ev.node, m)}\` runs a \`$where\` clause built from ${describeFlow(js, m.text(ev.argNodes[0]!), m.row(ev.stmt))}: MongoDB executes that text as JavaScript, so a quote or an expression in the value adds code of its own`, FIX.python.where, [js], 'critical')
    }
  }
  for (const [key, v] of ev.kwargs) {
    if (!/__i?regex$/.test(key)) continue
    const node = ev.kwNodes.get(key)
    if (unescapedPattern(ev, m, v, node ? [m.text(node)] : [])) return regexFinding('python', ev, m, v, node ? m.text(node) : key, `matches \`${key}\` with`)
  }
  return undefined
})
