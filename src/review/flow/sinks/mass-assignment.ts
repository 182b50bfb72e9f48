/**
 * A whole request object bound onto a record that persists (CWE-915, mass assignment). An update
 * written as "take what the client sent and save it" saves every key the client sent, not only
 * the ones the form shows: `role`, `isAdmin`, `balance`, `ownerId`, `emailVerified`. Reported
 * only when the mapping is the client's own (a body, form, query or JSON, a sub-object, copy or
 * spread of one) and the target persists: an ORM create/update, a model built and saved, a
 * loaded record assigned onto and saved.
 *
 * Quiet: fields picked by name (`{ name: req.body.name }`, `_.pick`), schema output (zod, pydantic,
 * a DTO class, a DRF serializer or Django form with its own field list), copies into plain objects
 * (`Object.assign({}, defaults, req.query)`, `filters.update(params)`), and test code.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent, FlowEvent, RuleFinding } from '../events'
import { field, namedChildren, unwrapped } from '../text'
import { callText, fileMatches, finding, type MatchContext, scoped } from './common'
import { fromClient, walk } from './client-data'
import { fileText, outerScopeText } from './written'
import { isTainted } from '../value'

type Lang = 'python' | 'js'

const FIX: Record<Lang, string> = {
  python: 'Bind only the fields the client may change: name them (`Profile(display_name=data["display_name"])`), or validate the body with a schema that lists them (a pydantic model with `extra="forbid"`, a DRF serializer or `ModelForm` with explicit `fields`) and bind its output.',
  js: 'Bind only the fields the client may change: name them (`{ name: req.body.name }`, `_.pick(req.body, [\'name\', \'bio\'])`), or parse the body with a strict schema (zod `.strict()`, a class-validator DTO with `whitelist: true`) and bind its output.',
}

function report(lang: Lang, ev: CallEvent, m: MatchContext, arg: SNode, target: string): RuleFinding {
  return finding(
    `${lang}/mass-assignment`,
    ev,
    m,
    `\`${callText(ev.node, m)}\` binds \`${callText(arg, m, 40)}\`, the request's data as the client sent it, onto ${target}: every key the client adds is saved too, so a request carrying \`role\`, \`is_admin\` or another account's id changes fields the form never offered`,
    FIX[lang],
    [ev.args[ev.argNodes.indexOf(arg)]],
    'major',
  )
}

function clientMapping(node: SNode | undefined, ev: CallEvent, m: MatchContext, lang: Lang): boolean {
  return node !== undefined && fromClient(node, 'mapping', walk(m, lang === 'python', ev.fn.handler))
}

/** The function saves something (`db.session.commit()`, `obj.save()`, `session.add(obj)`). */
const PY_PERSISTS = /\.(commit|save|flush|add|add_all|merge|bulk_create|bulk_update)\s*\(/
/** A record that `name` holds is saved: `name.save()`, `session.add(name)`, `repo.save(name)`. */
function savedLater(name: string, scope: string): boolean {
  const n = name.replace(/[$.]/g, (c) => `\\${c}`)
  return new RegExp(`(^|[^\\w$.])${n}\\s*\\.\\s*(save|commit|persist|flush|insert)\\s*\\(|\\.(add|save|persist|merge|insert|add_all|bulk_create)\\s*\\(\\s*\\[?\\s*${n}\\s*[,)\\]]`).test(scope)
}

/** The name a call's result is kept under (`user = User(**data)`, `const user = new User(req.body)`). */
function boundName(call: SNode, m: MatchContext): string | undefined {
  let n = call.parent
  while (n && (n.type === 'await_expression' || n.type === 'await' || n.type === 'parenthesized_expression')) n = n.parent
  if (!n) return undefined
  if (n.type === 'assignment' || n.type === 'assignment_expression') {
    const left = field(n, 'left')
    return left ? m.text(left) : undefined
  }
  if (n.type === 'variable_declarator') {
    const name = field(n, 'name')
    return name?.type === 'identifier' ? m.text(name) : undefined
  }
  return undefined
}

/** `new User(req.body).save()`, `session.add(User(**data))`: the call's result is saved where it is made. */
function savedInPlace(call: SNode, m: MatchContext): boolean {
  const parent = call.parent
  if (parent && (parent.type === 'member_expression' || parent.type === 'attribute') && /^(save|commit|persist)$/.test(m.text(field(parent, parent.type === 'attribute' ? 'attribute' : 'property') ?? parent))) return true
  const outer = parent?.parent
  if (parent && (parent.type === 'arguments' || parent.type === 'argument_list') && outer) {
    const fn = field(outer, 'function')
    return !!fn && /\.(add|save|persist|insert|merge|add_all)$/.test(m.text(fn))
  }
  return false
}

// ---------------------------------------------------------------- Python

/** Django managers and querysets, SQLAlchemy queries, peewee models: `User.objects.create`, `q.filter_by(…).update`, `Model.insert`. */
const PY_QUERY_RECEIVER = /(^|\.)objects(\.|$)|\.(filter|filter_by|where|exclude|query|select_for_update|all)\s*\(|(^|\.)query$|^[A-Z]\w*$|\.[A-Z]\w*$/
const PY_WRITE = /^(create|update|get_or_create|update_or_create|create_user|create_superuser|insert|insert_many|bulk_create|update_one|values)$/
const PY_NOT_MODEL = /^(dict|list|set|tuple|str|int|float|bool|Decimal|OrderedDict|defaultdict|Counter|namedtuple|SimpleNamespace|Path|Response|JsonResponse|JSONResponse|HTMLResponse|HTTPException|ValueError|TypeError|KeyError|Exception|datetime|date|timedelta)$/

/** Modules on an active-record ORM whose models take a dict of attributes (Masonite ORM, Orator). */
const PY_BEANIE_IMPORT = /^\s*(from|import)\s+beanie\b/m
const PY_ACTIVE_RECORD_IMPORT = /^\s*(from|import)\s+(masonite|masoniteorm|orator)\b/m
const ACTIVE_RECORD_WRITE = /^(create|update|fill|force_update|force_fill)$/

function pythonMassAssignment(ev: FlowEvent, m: MatchContext): RuleFinding | undefined {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const argsNode = field(ev.node, 'arguments')
  const splats = argsNode ? namedChildren(argsNode).filter((a) => a.type === 'dictionary_splat') : []
  const callee = m.text(field(ev.node, 'function') ?? ev.node)
  // `Model.objects.create(**data)`, `query.update(**data)`, `Model(**data)` that is saved.
  for (const splat of splats) {
    const inner = namedChildren(splat)[0]
    if (!clientMapping(inner, ev, m, 'python')) continue
    if (ev.receiverText !== undefined && PY_WRITE.test(ev.name) && PY_QUERY_RECEIVER.test(ev.receiverText)) return report('python', ev, m, splat, `\`${ev.receiverText}\`'s records`)
    // DRF's `serializer.save(**extra)` adds the keywords to the validated data as they are, past the serializer's field list.
    if (ev.name === 'save' && /(^|[._])serializer$/i.test(ev.receiverText ?? '')) return report('python', ev, m, splat, `the record \`${ev.receiverText}\` saves, past the fields it validates`)
    if (ev.receiverText === undefined || /^[A-Z]/.test(ev.name)) {
      if (!/^[A-Z]\w*$/.test(ev.name) || PY_NOT_MODEL.test(ev.name) || /(Schema|Serializer|Form|In|Create|Update|Input|Payload|Request|Params|Model|Dto|DTO|Config|Settings|Options)$/.test(ev.name)) continue
      const name = boundName(ev.node, m)
      if (savedInPlace(ev.node, m) || (name !== undefined && savedLater(name, outerScopeText(ev, m)))) return report('python', ev, m, splat, `a new \`${callee}\` that is saved`)
    }
  }
  // Masonite ORM's and Orator's models take the attributes as one dict: `User.create(request.all())`, `user.update(request.all())`,
  // `user.fill(request.all())`; every column not named in the model's `__fillable__` is the client's to set.
  if (ACTIVE_RECORD_WRITE.test(ev.name) && ev.receiverText !== undefined && ev.argNodes.length >= 1 && fileMatches(ev.node, m, PY_ACTIVE_RECORD_IMPORT) && clientMapping(ev.argNodes[0], ev, m, 'python')) {
    return report('python', ev, m, ev.argNodes[0]!, /^[A-Z]\w*$/.test(ev.receiverText) ? `new \`${ev.receiverText}\` records` : `\`${ev.receiverText}\`, which is saved`)
  }
  // Beanie: `review.set(body)` writes each key of the mapping onto the stored document (`{"approved": True}` included).
  if (ev.name === 'set' && ev.argNodes.length === 1 && ev.receiverText !== undefined && fileMatches(ev.node, m, PY_BEANIE_IMPORT) && clientMapping(ev.argNodes[0], ev, m, 'python')) {
    return report('python', ev, m, ev.argNodes[0]!, `the stored document \`${ev.receiverText}\``)
  }
  // `q.filter_by(id=…).update(request.json)` (SQLAlchemy), `insert(users).values(request.json)`.
  if ((ev.name === 'update' || ev.name === 'values') && ev.argNodes.length === 1 && ev.receiverText !== undefined && /\.(filter|filter_by|where|query)\s*\(|^(insert|update)\s*\(|\.(insert|update)\s*\(/.test(ev.receiverText)) {
    if (clientMapping(ev.argNodes[0], ev, m, 'python')) return report('python', ev, m, ev.argNodes[0]!, `the records \`${ev.receiverText}\` selects`)
  }
  // pymongo/motor: `users.update_one(filter, {"$set": body})`, `insert_one(request.json)`: every field the client sends is stored.
  if (/^(update_one|update_many|find_one_and_update|replace_one|find_one_and_replace)$/.test(ev.name) && ev.argNodes[1]) {
    const doc = ev.argNodes[1]
    const whole = /replace/.test(ev.name) ? clientMapping(doc, ev, m, 'python') : doc.type === 'dictionary' && namedChildren(doc).some((p) => p.type === 'pair' && /^['"]\$set(OnInsert)?['"]$/.test(m.text(field(p, 'key') ?? p)) && clientMapping(field(p, 'value'), ev, m, 'python'))
    if (whole) return report('python', ev, m, doc, `the \`${ev.receiverText ?? 'collection'}\` documents it matches`)
  }
  if (/^(insert_one|insert_many)$/.test(ev.name) && ev.argNodes.length >= 1 && clientMapping(ev.argNodes[0], ev, m, 'python')) return report('python', ev, m, ev.argNodes[0]!, `new \`${ev.receiverText ?? 'collection'}\` documents`)
  // `obj.__dict__.update(request.json)`, `vars(obj).update(…)`: every attribute of the object, when the function saves it.
  if (ev.name === 'update' && ev.argNodes.length === 1 && /(\.__dict__|^vars\(.*\))$/.test(ev.receiverText ?? '')) {
    if (clientMapping(ev.argNodes[0], ev, m, 'python') && PY_PERSISTS.test(outerScopeText(ev, m))) return report('python', ev, m, ev.argNodes[0]!, `\`${ev.receiverText!.replace(/\.__dict__$|^vars\((.*)\)$/, '$1')}\`, which is then saved`)
  }
  // `for key, value in data.items(): setattr(user, key, value)`: the attribute name is the client's key.
  if (ev.qname === 'setattr' && ev.argNodes.length === 3) {
    const [target, keyNode] = ev.argNodes
    if (keyNode?.type === 'identifier' && target && !/^(self|cls)$/.test(m.text(target)) && !keyAllowListed(keyNode, ev, m)) {
      if (loopKeyFromClient(keyNode, ev, m) && PY_PERSISTS.test(outerScopeText(ev, m))) return report('python', ev, m, keyNode, `\`${m.text(target)}\`, attribute by attribute, which is then saved`)
      // `def apply_changes(record, changes): for field, value in changes.items(): setattr(record, field, value)`, handed
      // `request.get_json()` by a route of the module that commits: the pass reads the helper again with the caller's
      // mapping, and the keys it walks are the client's.
      if (!ev.fn.handler && isTainted(ev.args[1]) && loopOverParameter(keyNode, ev, m) && PY_PERSISTS.test(fileText(ev, m))) {
        return report('python', ev, m, keyNode, `\`${m.text(target)}\`, attribute by attribute, with the keys of the mapping its caller hands it from the request`)
      }
    }
  }
  return undefined
}

/**
 * A fixed list of names the code wrote itself: an UPPER_CASE constant (`EDITABLE_FIELDS`,
 * `Profile.EDITABLE`), or a literal tuple, list or set of strings. What the model or the record
 * has (`User.__table__.columns`, `dir(user)`, `vars(user)`) lets every column through, `is_admin`
 * included, so it is no allow-list.
 */
function fixedNameList(node: SNode | undefined, m: MatchContext): boolean {
  if (!node) return false
  if (node.type === 'identifier' || node.type === 'attribute') return /(^|\.)[A-Z][A-Z0-9_]*$/.test(m.text(node))
  if (node.type === 'tuple' || node.type === 'list' || node.type === 'set') {
    const items = namedChildren(node).filter((c) => c.type !== 'comment')
    return items.length > 0 && items.every((c) => c.type === 'string')
  }
  return false
}

/** `key in LIST` (or, negated, `key not in LIST`), alone or as one side of an `and`. */
function membershipTest(cond: SNode | undefined, key: string, negated: boolean, m: MatchContext): boolean {
  if (!cond) return false
  if (cond.type === 'parenthesized_expression') return membershipTest(namedChildren(cond)[0], key, negated, m)
  if (cond.type === 'boolean_operator') {
    const op = m.text(cond.children.find((c) => !c.named) ?? cond)
    // `key in A and other`: the key passed the list whatever the other test says; `or` does not pin it.
    if (!negated && op === 'and') return membershipTest(field(cond, 'left'), key, negated, m) || membershipTest(field(cond, 'right'), key, negated, m)
    if (negated && op === 'or') return membershipTest(field(cond, 'left'), key, negated, m) || membershipTest(field(cond, 'right'), key, negated, m)
    return false
  }
  if (cond.type !== 'comparison_operator') return false
  const parts = namedChildren(cond)
  if (parts.length !== 2 || m.text(parts[0]!) !== key) return false
  const op = cond.children.filter((c) => !c.named).map((c) => m.text(c).replace(/\s+/g, ' ')).join(' ')
  return op === (negated ? 'not in' : 'in') && fixedNameList(parts[1], m)
}

/**
 * The loop lets only listed names reach setattr: the call sits under `if key in EDITABLE_FIELDS:`,
 * or an earlier statement of the loop's body skips the others (`if key not in ALLOWED: continue`,
 * or raises, aborts or returns).
 */
function keyAllowListed(key: SNode, ev: CallEvent, m: MatchContext): boolean {
  const name = m.text(key)
  let child: SNode = ev.node
  for (let n = ev.node.parent; n; child = n, n = n.parent) {
    if (n.type === 'if_statement' && field(n, 'consequence') === child && membershipTest(field(n, 'condition'), name, false, m)) return true
    if (n.type === 'block' && n.parent?.type === 'for_statement') {
      for (const stmt of namedChildren(n)) {
        if (stmt === child) break
        if (stmt.type !== 'if_statement' || !membershipTest(field(stmt, 'condition'), name, true, m)) continue
        const body = namedChildren(field(stmt, 'consequence') ?? stmt)
        if (body.some((b) => /^(continue_statement|raise_statement|return_statement)$/.test(b.type) || (b.type === 'expression_statement' && /^abort\s*\(/.test(m.text(b))))) return true
      }
    }
    if (n.type === 'for_statement' || n.type === 'function_definition') break
  }
  return false
}

/** `key` is the loop variable (or the first of them) of a `for` over a parameter of the function (`changes.items()`, `changes`). */
function loopOverParameter(key: SNode, ev: CallEvent, m: MatchContext): boolean {
  const params = ev.fn.node ? field(ev.fn.node, 'parameters') : undefined
  const names = new Set((params ? namedChildren(params) : []).map((p) => m.text(p.type === 'identifier' ? p : (field(p, 'name') ?? namedChildren(p)[0] ?? p))))
  for (let n = ev.node.parent; n && n !== ev.fn.node; n = n.parent) {
    if (n.type !== 'for_statement') continue
    const left = field(n, 'left')
    const first = left?.type === 'identifier' ? left : left ? namedChildren(left)[0] : undefined
    if (!first || m.text(first) !== m.text(key)) return false
    const walked = /^([A-Za-z_]\w*)(?:\.(?:items|keys)\(\s*\))?$/.exec(m.text(field(n, 'right') ?? n).trim())?.[1]
    return walked !== undefined && names.has(walked)
  }
  return false
}

/** `key` is the loop variable (or the first of them) of a `for` over the client's mapping. */
function loopKeyFromClient(key: SNode, ev: CallEvent, m: MatchContext): boolean {
  for (let n = ev.node.parent; n; n = n.parent) {
    if (n.type !== 'for_statement') continue
    const left = field(n, 'left')
    const first = left?.type === 'identifier' ? left : left ? namedChildren(left)[0] : undefined
    if (first && m.text(first) === m.text(key)) return clientMapping(field(n, 'right'), ev, m, 'python')
  }
  return false
}

// ---------------------------------------------------------------- JavaScript / TypeScript

const JS_NOT_MODEL = /^(Object|Array|JSON|Promise|Math|Reflect|Map|Set|WeakMap|Date|Buffer|URL|URLSearchParams|Headers|FormData|Response|Request|NextResponse|Intl|Error|TypeError|RangeError|Proxy|Number|String|Boolean|Symbol|Blob|File|Event|CustomEvent|z|Joi|Yup)$/
/** A MikroORM entity manager: `em`, `this.em`, the request's own from a helper (`em()`, `orm.em.fork()`, `RequestContext.getEntityManager()`). */
const MIKRO_EM = /(^|\.)(em|entityManager|_em)(\(\))?$|(^|\.)(em\.fork|getEntityManager)\(\)$/
/** Model statics: Mongoose, Sequelize, Objection, Waterline: the values are the first argument, or the second after a filter. */
const JS_CREATE = /^(create|insertMany|bulkCreate|build|upsert|insert|insertOne|findOrCreate|createOne|insertAsync)$/
const JS_UPDATE_SECOND = /^(findByIdAndUpdate|findOneAndUpdate|updateOne|updateMany|replaceOne|findOneAndReplace|updateById|patchAndFetchById)$/
/** TypeORM repositories and entity managers (`this.users`, declared `Repository<User>`, or named so). */
const JS_REPO = /(^|\.)(\w*repo|\w*repository|manager|em|entityManager)$/i
/** Functions that copy a source's keys onto their first argument. */
const JS_MERGE = /^(Object\.assign|_\.(assign|assignIn|extend|merge|mergeWith|defaultsDeep)|lodash\.(assign|extend|merge)|merge|deepmerge|extend)$/
const JS_MERGE_NAME = /^(assign|assignIn|extend|merge|mergeWith|defaultsDeep|deepmerge)$/
const JS_HASH_CHAIN = /create(Hash|Hmac|Cipher\w*|Decipher\w*|Sign|Verify)\s*\(/

function jsModelReceiver(ev: CallEvent): boolean {
  const r = ev.receiverText ?? ''
  const last = r.slice(r.lastIndexOf('.') + 1)
  if (JS_NOT_MODEL.test(last) || JS_NOT_MODEL.test(r)) return false
  // `User`, `models.User`, `db.User`, `this.userModel`, `mongoose.model('User')`, `db.collection('users')`; a table or
  // model kept on the database handle or the models module under its table's name (`db.users`, `models.invoice`).
  return /^[A-Z]\w*$/.test(last) || /Model$/.test(last) || /\bmodel\s*\(|\bcollection\s*(<[^>]*>\s*)?\(/.test(r) || /^(this\.)?(db|models)\.[a-z]\w*$/.test(r)
}

/** A call of a helper of this file that returns a MongoDB collection (`products(ctx)` with `return ctx.mongo.db('catalog').collection('products')`). */
function collectionHelper(ev: CallEvent, m: MatchContext): boolean {
  const name = /^([A-Za-z_$][\w$]*)\s*\([^()]*\)$/.exec(ev.receiverText ?? '')?.[1]
  if (!name) return false
  return fileMatches(ev.node, m, new RegExp(`(function\\s+${name.replace(/\$/g, '\\$')}\\b|\\b${name.replace(/\$/g, '\\$')}\\s*=\\s*(async\\s*)?\\([^)]*\\)[^=]*=>)[^{]*\\{?[^}]*?\\breturn\\s[^\\n;]*\\.collection\\s*(<[^>]*>\\s*)?\\(`))
}

function repoReceiver(ev: CallEvent, m: MatchContext): boolean {
  const r = ev.receiverText ?? ''
  if (JS_REPO.test(r)) return true
  const fieldName = /^this\.(\w+)$/.exec(r)?.[1]
  if (!fieldName) return false
  return fileMatches(ev.node, m, new RegExp(`\\b${fieldName}\\s*[?!]?\\s*:\\s*(Repository|MongoRepository|TreeRepository|EntityRepository)<`))
}

/** A record loaded or made by the code (`await User.findById(id)`, `new User()`, `req.user`), not a plain object. */
function recordName(node: SNode | undefined, ev: CallEvent, m: MatchContext): boolean {
  if (!node) return false
  const text = m.text(node)
  if (/^(req|ctx\.state|res\.locals|request)\.(user|account|member|currentUser)$/.test(text)) return true
  if (node.type !== 'identifier') return false
  const scope = outerScopeText(ev, m)
  const n = text.replace(/\$/g, '\\$')
  // Or a query chain that ends by taking one row (`await Post.query().where(…).firstOrFail()`, Lucid and Objection).
  return new RegExp(`(^|[^\\w$.])${n}\\s*=\\s*(await\\s+)?([\\w$.]+\\.(find\\w*|get\\w*|load\\w*|fetch\\w*|findByPk|findOne\\w*)\\s*\\(|new\\s+[A-Z]\\w*\\s*\\(|[A-Z][\\w$]*\\.\\$?query\\(\\)[^\\n]*\\.(first|firstOrFail|findOrFail|findBy\\w*|findById)\\s*\\()`).test(scope)
}

/** The first argument after the first that is the client's mapping (`Object.assign(user, req.body)`, `repo.merge(entity, body)`). */
function laterClientMapping(ev: CallEvent, m: MatchContext): SNode | undefined {
  for (let i = 1; i < ev.argNodes.length; i++) if (clientMapping(ev.argNodes[i], ev, m, 'js')) return ev.argNodes[i]
  return undefined
}

// No closures in here: it sees every call event, and a closure over its locals would allocate a context for each one.
function javascriptMassAssignment(ev: FlowEvent, m: MatchContext): RuleFinding | undefined {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const args = ev.argNodes
  // Prisma: `prisma.user.update({ where, data: req.body })`, `create({ data: { ...req.body, ownerId } })`; Strapi's entity
  // service takes the same options last: `entityService.update(uid, id, { data: ctx.request.body })`.
  const options = args.length > 0 && args[args.length - 1]?.type === 'object' ? args[args.length - 1] : undefined
  if (/^(create|update|upsert|createMany|updateMany)$/.test(ev.name) && options) {
    for (const pair of namedChildren(options)) {
      // `{ where, data }`: the shorthand names the variable that holds the values.
      const shorthand = pair.type === 'shorthand_property_identifier'
      if ((pair.type !== 'pair' && !shorthand) || !/^['"]?(data|create|update)['"]?$/.test(m.text(shorthand ? pair : (field(pair, 'key') ?? pair)))) continue
      const value = shorthand ? pair : field(pair, 'value')
      if (value && fromClient(value, 'mapping', walk(m, false, ev.fn.handler))) return report('js', ev, m, options, `the \`${ev.receiverText ?? 'model'}\` record`)
    }
  }
  if (JS_HASH_CHAIN.test(ev.receiverText ?? '')) return undefined
  // `new User(req.body)` saved later or in place.
  if (ev.isNew) {
    if (!/^[A-Z]\w*$/.test(ev.name) || JS_NOT_MODEL.test(ev.name) || !clientMapping(args[0], ev, m, 'js')) return undefined
    const name = boundName(ev.node, m)
    return savedInPlace(ev.node, m) || (name !== undefined && savedLater(name, outerScopeText(ev, m))) ? report('js', ev, m, args[0]!, `a new \`${ev.name}\` that is saved`) : undefined
  }
  // `Object.assign(user, req.body)`, lodash `_.merge(post, req.body)`, onto a record that is saved.
  if (args.length >= 2 && JS_MERGE_NAME.test(ev.name) && (ev.qname === 'Object.assign' || JS_MERGE.test(m.text(field(ev.node, 'function') ?? ev.node)))) {
    const target = args[0]!
    const source = target.type === 'object' ? undefined : laterClientMapping(ev, m)
    if (!source) return undefined
    const name = m.text(target)
    if (recordName(target, ev, m) && (savedLater(name, outerScopeText(ev, m)) || /\.(update|save)\s*\(/.test(outerScopeText(ev, m)))) return report('js', ev, m, source, `\`${name}\`, which is then saved`)
    return undefined
  }
  if (!ev.receiverText) return undefined
  // MikroORM's entity manager: `em.assign(item, body)` onto a loaded entity, `em.create(Item, body)` a new one; both are
  // saved at the next flush. The manager may be a request's own (`em()`, `orm.em.fork()`, `RequestContext.getEntityManager()`).
  if (/^(assign|create)$/.test(ev.name) && args.length >= 2 && MIKRO_EM.test(ev.receiverText)) {
    const bound = laterClientMapping(ev, m)
    if (bound) return report('js', ev, m, bound, ev.name === 'assign' ? `the \`${m.text(args[0]!)}\` entity` : `a new \`${m.text(args[0]!)}\` entity`)
  }
  // Firestore: `db.collection('users').doc(uid).set(req.body, { merge: true })`, `.update(body)`, `collection(…).add(body)`:
  // the document is written with every field the client sent.
  if (/^(set|update|create|add)$/.test(ev.name) && args.length >= 1 && (ev.name === 'add' ? /\.collection\s*\([^()]*\)$/ : /\.doc\s*\([^()]*\)$/).test(ev.receiverText) && clientMapping(args[0], ev, m, 'js')) {
    return report('js', ev, m, args[0]!, `the \`${ev.receiverText}\` document`)
  }
  // ali-rds (egg-mysql's `app.mysql`): `update('orders', row, { where })` and `insert('orders', row)` write every key of the row as a column.
  if (/^(update|insert)$/.test(ev.name) && args.length >= 2 && args[0]!.type === 'string' && /(^|\.)(mysql|rds)$/.test(ev.receiverText) && clientMapping(args[1], ev, m, 'js')) {
    return report('js', ev, m, args[1]!, `the \`${m.text(args[0]!).slice(1, -1)}\` rows`)
  }
  // Model statics.
  if (jsModelReceiver(ev) || collectionHelper(ev, m)) {
    if (JS_CREATE.test(ev.name) && clientMapping(args[0], ev, m, 'js')) return report('js', ev, m, args[0]!, `new \`${ev.receiverText}\` records`)
    if (JS_UPDATE_SECOND.test(ev.name) && args[1] && updateDocFromClient(args[1], ev, m)) return report('js', ev, m, args[1], `the \`${ev.receiverText}\` records it matches`)
    // Sequelize `Model.update(values, { where })`; Mongoose's legacy `Model.update(filter, doc)`; a Meteor collection's
    // `Tasks.updateAsync(id, { $set: changes })` and `upsert`.
    if (/^(update|updateAsync|upsert|upsertAsync)$/.test(ev.name) && args.length >= 2) {
      const sequelize = args[1]!.type === 'object' && /\bwhere\s*:/.test(m.text(args[1]!))
      const values = sequelize ? args[0]! : args[1]!
      if (sequelize ? clientMapping(args[0], ev, m, 'js') : updateDocFromClient(values, ev, m)) return report('js', ev, m, values, `the \`${ev.receiverText}\` records it matches`)
    }
    return undefined
  }
  // TypeORM: `repo.merge(entity, body)`, `repo.update(id, body)`, `repo.create(body)`, `repo.save(body)`.
  if (repoReceiver(ev, m)) {
    const merged = ev.name === 'merge' && args.length >= 2 ? laterClientMapping(ev, m) : undefined
    if (merged) return report('js', ev, m, merged, `the \`${ev.receiverText}\` entity`)
    if (/^(create|save|insert|upsert|preload)$/.test(ev.name) && clientMapping(args[0], ev, m, 'js')) return report('js', ev, m, args[0]!, `\`${ev.receiverText}\` entities`)
    if (ev.name === 'update' && args.length >= 2 && clientMapping(args[1], ev, m, 'js')) return report('js', ev, m, args[1]!, `the \`${ev.receiverText}\` rows it matches`)
    return undefined
  }
  // A loaded record: Sequelize `user.update(req.body)`, Mongoose `user.set(req.body)` then saved, MikroORM `wrap(user).assign(body)`.
  // AdonisJS Lucid's `post.merge(request.all())`/`post.fill(…)` then `post.save()`.
  if (args.length === 1 && /^(update|set|assign|merge|fill)$/.test(ev.name) && clientMapping(args[0], ev, m, 'js')) {
    // `user!.update(req.body)`: TypeScript's non-null assertion on the record `findByPk` may have returned as null.
    const object = field(field(ev.node, 'function'), 'object')
    const receiver = object ? unwrapped(object) : undefined
    const name = receiver ? m.text(receiver) : ev.receiverText
    if (/^wrap\(/.test(ev.receiverText) || (recordName(receiver, ev, m) && (ev.name === 'update' || savedLater(name, outerScopeText(ev, m))))) return report('js', ev, m, args[0]!, `\`${name}\`${ev.name === 'update' ? '' : ', which is then saved'}`)
  }
  // Objection: `Invoice.query().insert(req.body)`, `account.$query().patchAndFetch(req.body)`, `query().patchAndFetchById(id, req.body)`.
  if (/(^|\.)\$?query\s*\(\s*\w*\s*\)$/.test(ev.receiverText)) {
    const at = /^(insert|insertAndFetch|patch|patchAndFetch|update|updateAndFetch|insertGraph|upsertGraph|insertGraphAndFetch|upsertGraphAndFetch)$/.test(ev.name) ? 0 : /^(patchAndFetchById|updateAndFetchById)$/.test(ev.name) ? 1 : -1
    if (at >= 0 && clientMapping(args[at], ev, m, 'js')) return report('js', ev, m, args[at]!, `the \`${ev.receiverText}\` rows`)
  }
  // Query builders: knex `knex('users').where(…).update(req.body)`, drizzle `db.update(users).set(req.body)`, `db.insert(users).values(req.body)`.
  // The method names come first: following an argument back to the request walks the function, and most calls are none of these.
  if (args.length === 1 && /^(update|insert|set|values)$/.test(ev.name) && /\)\s*$/.test(ev.receiverText) && clientMapping(args[0], ev, m, 'js')) {
    const chain = ev.receiverText
    if ((ev.name === 'update' || ev.name === 'insert') && /^(knex|db|trx|this\.knex|this\.db)\s*\(|\.(table|from|into|where\w*)\s*\(/.test(chain)) return report('js', ev, m, args[0]!, 'the rows the query selects')
    // Waterline's `Model.updateOne(criteria).set(values)` reads as drizzle's `db.update(table).set(values)`.
    if (ev.name === 'set' && /\.(update|updateOne)\s*\(/.test(chain)) return report('js', ev, m, args[0]!, 'the rows the query updates')
    if (ev.name === 'values' && /\.insert\s*\(/.test(chain)) return report('js', ev, m, args[0]!, 'a new row')
  }
  return undefined
}

/** A MongoDB update document that is the client's mapping itself, or sets it whole (`{ $set: req.body }`). */
function updateDocFromClient(doc: SNode, ev: CallEvent, m: MatchContext): boolean {
  if (clientMapping(doc, ev, m, 'js')) return true
  if (doc.type !== 'object') return false
  for (const pair of namedChildren(doc)) {
    if (pair.type === 'pair' && /^['"]?\$(set|setOnInsert)['"]?$/.test(m.text(field(pair, 'key') ?? pair)) && clientMapping(field(pair, 'value'), ev, m, 'js')) return true
  }
  return false
}

export const pythonMassAssignmentSink = scoped({ kinds: ['call'] }, pythonMassAssignment)
export const javascriptMassAssignmentSink = scoped({ kinds: ['call'] }, javascriptMassAssignment)
