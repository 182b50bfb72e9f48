/** Metadata of the syntax rules: sources, sinks and sanitizers for the docs and `GET /api/rules`. */
import type { RuleMeta } from '../../types'

type FlowDocs = NonNullable<RuleMeta['flow']>

const PY_REQUEST = 'Flask/Quart/Bottle/Django/Starlette/FastAPI/aiohttp/Tornado/Falcon/Pyramid request data (`request.args`, `.form`, `.forms`, `.values`, `.json`, `.data`, `.files`, `.cookies`, `.headers`, `.GET`, `.POST`, `.META`, `.query_params`, `.path_params`, `.match_info`, `.matchdict`, `.json_body`, `.media`, `get_json()`, `await request.form()`/`.body()`, Falcon `req.get_param()`/`get_media()`; Tornado `self.get_argument()`/`get_cookie()`), an upload\'s `.filename`, Flask `<route>` parameters (not `<int:…>`/`<uuid:…>`), FastAPI and Litestar path/query parameters and body models (not typed `int`/`UUID`/`datetime`/`Literal[…]` or `Depends`), Django view URL parameters, URL values of class-based views (Django `View`, DRF `APIView`/`ViewSet`, Flask `MethodView`), Tornado `RequestHandler` URL groups, Falcon responder URI fields'
const JS_REQUEST = 'Express/Koa/Fastify/Hono/Next.js request data (`req.query`, `.params`, `.body`, `.headers`, `.cookies`, `.files`, `.url`, `req.get()`, `await request.json()`/`.formData()`, `c.req.query()`/`.param()`/`.valid()`, a handler\'s destructured `{ params }`, `req.on("data")` chunks), Next.js route `{ params }`, page `{ searchParams }`, server-action `FormData` and every parameter of a server action (an exported function of a `\'use server\'` module, or a function whose body opens with `\'use server\'`), tRPC resolvers\' `{ input }`, GraphQL resolvers\' arguments (`Query`/`Mutation`/`Subscription` fields), h3/Nitro/Nuxt `defineEventHandler` readers (`getQuery(event)`, `readBody(event)`, `getRouterParam(event)`), NestJS `@Body()`/`@Query()`/`@Param()`/`@Headers()`/`@Req()` parameters, parameters of public `@Injectable()` service methods, Lambda `event` fields; not parameters typed `number`/`boolean`/`Date` or behind `ParseIntPipe`, nor zod `parse`/`safeParse` fields declared as numbers, booleans, dates, enums, UUIDs or patterns'
const DOM = 'the browser URL, cookies and messages (`location.hash`/`.search`/`.href`/`.pathname`, `document.URL`, `document.referrer`, `document.cookie`, `window.name`, React Router/Next.js `useSearchParams()`/`useParams()`/`useLocation()`, Angular `route.snapshot.queryParams`/`params`/`fragment` and `queryParamMap`/`paramMap.get()`, Vue Router `useRoute()`/`this.$route`/`router.currentRoute.value` `query`/`params`/`hash`, `message` event `.data`)'
/** How values travel to a sink; `extra` names the calls a rule also follows (`os.path.join`). */
function propagates(extra?: string): string {
  return `values flow through assignments, destructuring, f-strings/template literals, \`+\`, \`%\`, \`.format()\`, \`.join()\`${extra ? `, ${extra}` : ''}, containers, calls that return their arguments, and same-file helpers and methods (request data passed in, or read and returned by the helper)`
}
const PROPAGATION = propagates()
const PY_CONSTANTS = 'constants (literals, module ALL_CAPS names, class attributes read through `self.`)'
const JS_CONSTANTS = 'constants (literals, ALL_CAPS names, `readonly` class fields)'
const PY_CHECK = 'a check in an `if` (`in`/`==` against a fixed set, `re.fullmatch`, `.isdigit()`, a call named like `is_safe_…`/`…allowed…`/`…valid…`/`is_public…`) for its own branch, or a failed check that leaves (`if not is_safe(x): abort(400)`, `if x not in ALLOWED: return`, `if is_unsafe(x): raise`) for the code after it; a guard called for its effect (`validate_url(x)`, `ensure_allowed_host(x)`)'
const JS_CHECK = 'a check in an `if` or ternary (`ALLOWED.has(x)`/`.includes(x)`, `/^\\w+$/.test(x)`, `===`, `Number.isInteger`, a call named like `isSafe…`/`…Allowed…`/`…Valid…`/`isPublic…`/`isPrivate…`; also on a property read such as `req.params.id`, which holds for the same read further down), a guard called for its effect (`assertPublicUrl(x)`, `validateFileName(x)`), `.filter()` through an allow-list, a constant `Map`\'s `.get()`, a `switch` whose every case (with a `default`) assigns a constant, same-file helpers whose every return is sanitised'

/** Flow documentation for line rules the syntax analysis now answers. */
export const FLOW_DOCS: Record<string, FlowDocs> = {
  'python/sql-injection': {
    sources: [PY_REQUEST, 'any non-constant value formatted into SQL text (a table or column name formatted in is reported as major)', propagates('`sql += …` built piecewise')],
    sinks: [
      'DB-API `cursor.execute`/`executemany`/`executescript`/`mogrify` on a cursor, connection or session (sqlite3, psycopg, mysql drivers)',
      'asyncpg `fetch`/`fetchrow`/`fetchval`, `databases` `fetch_all`/`fetch_one`/`fetch_val`/`iterate`, peewee `execute_sql`, SQLAlchemy `exec_driver_sql`',
      'SQLAlchemy `text()`/`literal_column()`, peewee `SQL()`, `Session.execute`, `order_by`/`filter`/`where`/`having`/`group_by` with SQL strings',
      'Django `.raw()`, `.extra(where=/select=/tables=/order_by=)` fragments, `RawSQL`; pandas `read_sql`/`read_sql_query`',
    ],
    sanitizers: ['bound parameters', PY_CONSTANTS, '`int()`/`float()`/`len()`/`uuid.UUID()`/`Decimal()`, parameters typed `int`/`UUID`', 'psycopg `sql.Identifier`/`sql.Literal` and `sql.SQL(<constant>).format(...)`/`.join(...)` compositions', '`escape_string`, `quote_ident`, identifier quoting by doubling quotes (`.replace(\'"\', \'""\')`)', 'SQLAlchemy expression builders (`select()`, `column()`, `and_()` and the methods chained on them)', 'a constant table\'s `.get(key)` (`SORTS.get(key, SORTS["newest"])`)', PY_CHECK],
  },
  'python/shell-injection': {
    sources: [PY_REQUEST, 'any non-constant value formatted into a shell command', PROPAGATION],
    sinks: ['`os.system`, `os.popen`, `subprocess.getoutput`/`getstatusoutput`, `commands.*`, `asyncio.create_subprocess_shell`', '`subprocess.run`/`call`/`check_call`/`check_output`/`Popen` with `shell=True`', 'a shell script in an argument list (`["sh", "-c", cmd]`, also `bash`, `cmd /c`, `powershell -Command`)', 'the program name (first list entry, also of a list built in a variable) of `subprocess.*`/`asyncio.create_subprocess_exec` without a shell', 'remote shells: paramiko `exec_command`, fabric `Connection.run`/`sudo`'],
    sanitizers: ['`shlex.quote`/`shlex.join`/`pipes.quote`, `urllib.parse.quote`, `secure_filename`', 'argument lists without `shell=True` whose program is fixed', 'commands split from text that names the program in the code (`shlex.split(f"ffmpeg -i {path}")`, `cmd.split()`)', 'numbers', PY_CHECK],
  },
  'python/code-eval': {
    sources: [PY_REQUEST, 'any non-constant value', PROPAGATION],
    sinks: ['`eval`, `exec` (builtins, also through aliases)', '`render_template_string`/`Template` (imported from jinja2) compiled from request data or formatted text (server-side template injection)'],
    sanitizers: ['constants (`eval(CONST)` is quiet)', '`ast.literal_eval`/`json.loads` instead'],
  },
  'python/unsafe-deserialization': {
    sources: ['any non-constant data; request data raises the severity'],
    sinks: ['`pickle`/`cPickle`/`dill`/`marshal`/`jsonpickle` `load`/`loads`/`Unpickler`/`decode`', '`yaml.load`/`load_all` with no loader or `Loader`/`UnsafeLoader`/`FullLoader`/`CLoader` (also through `import yaml as y`), `yaml.unsafe_load`/`full_load`', '`shelve.open` at a path from the request or formatted under a fixed directory', '`joblib.load`, `pandas.read_pickle`, `torch.load` (without `weights_only=True`) and `numpy.load(allow_pickle=True)` on request data'],
    sanitizers: ['`yaml.safe_load`, `Loader=SafeLoader`/`CSafeLoader`/`BaseLoader`', 'JSON', 'fixed shelf paths', 'constant data for the pickle family'],
  },
  'crypto/jwt-verify-disabled': {
    sources: ['any token'],
    sinks: [
      'PyJWT/python-jose `jwt.decode`/`decode_complete` with `options={"verify_signature": False}` (inline or in an options dict built in the function), `verify=False`, or an `algorithms` list holding `none` or taken from the token\'s own header (`[header["alg"]]`); `"verify_exp": False` (expired tokens accepted)',
      'python-jose `jwt.get_unverified_claims` in a function that never verifies the token',
      'jsonwebtoken `jwt.decode`, jose `decodeJwt`/`UnsecuredJWT.decode`, Hono `decode`, `jwt-decode`, NestJS `jwtService.decode` in server code that never verifies the token',
      'jsonwebtoken `jwt.verify` and NestJS `jwtService.verify`/`verifyAsync` with `ignoreExpiration: true`, or an `algorithms` list mixing `HS*` with `RS*`/`PS*`/`ES*`',
    ],
    sanitizers: ['a key and a pinned algorithm list', 'a verify call in the same function (decoding first to choose the key)', 'results named `unverified…`/`untrusted…`/`peek…`; in JS also reading only the header or metadata (`{ complete: true }`, `kid`, `exp`, `jti`)', 'front-end code (components, hooks, pages, `.jsx`/`.tsx`/`.vue`/`.svelte` files)'],
  },
  'python/path-traversal': {
    sources: [PY_REQUEST, 'upload file names', 'archives opened from request data (their member names)', propagates('`os.path.join`/`Path /`')],
    sinks: ['`open`, `io.open`, `codecs.open`, `os.open`, `aiofiles.open`, `os.remove`/`unlink`/`rmdir`/`removedirs`/`listdir`/`scandir`/`makedirs`/`mkdir`/`rename`/`replace`/`chmod`/`truncate`, `shutil.rmtree`/`copy`/`copyfile`/`copy2`/`copytree`/`move`', '`send_file`, Django/Starlette/FastAPI/aiohttp `FileResponse`, Litestar `File(path=)`, sanic `file`/`file_stream`', '`Path(...)` `.read_text()`/`.read_bytes()`/`.write_text()`/`.write_bytes()`/`.open()`/`.unlink()`/`.rmdir()`, an upload\'s `.save(path)`', '`tarfile.open`/`zipfile.ZipFile` at a request path; tarfile `extractall`/`extract` of an archive the client sent or one at a path the code does not fix, without `filter="data"` (Tar Slip; zipfile strips `..` itself)'],
    sanitizers: ['`secure_filename`, `os.path.basename`, `safe_join`, `send_from_directory`, `url_for`', 'a containment check in an `if` (`startswith`, `is_relative_to`, `BASE in target.parents`, `".." in name`, `os.sep in name`)', PY_CHECK, 'archives read from an upload\'s stream (`ZipFile(upload.stream)`, `tarfile.open(fileobj=…)`)', 'Django storages\' `save(name, f)` (they reject names that leave their root)'],
  },
  'python/unsafe-markup': {
    sources: [PY_REQUEST, 'formatted strings with non-constant parts', PROPAGATION],
    sinks: ['`Markup(...)` (markupsafe, Flask), `mark_safe(...)`'],
    sanitizers: ['`escape()`, `Markup(...).format()`, `format_html()`', 'an `HTMLResponse` whose every formatted part is escaped (vetoes the line rule there)'],
  },
  'js/sql-injection': {
    sources: [JS_REQUEST, 'any non-constant value formatted into a SQL value position', propagates('`sql += …` and `clauses.push(…)` joined later')],
    sinks: [
      '`query`/`execute`/`prepare`/`raw`/`unsafe` on mysql/mysql2/pg/postgres clients, pools, connections and transactions (also pg `query({ text })` and mysql `query({ sql })`)',
      'sqlite3/better-sqlite3 `run`/`all`/`get`/`each`/`exec` and pg-promise `any`/`one`/`oneOrNone`/`many`/`manyOrNone`/`none`/`multi` with SQL text',
      '`sequelize.query`, `sequelize.literal`, knex `raw` and `*Raw` clauses (`whereRaw`, `orderByRaw`, `havingRaw`, `joinRaw`, …) on any builder',
      '`prisma.$queryRawUnsafe`/`$executeRawUnsafe`, `Prisma.raw`, drizzle `sql.raw`',
      'TypeORM `query`, query-builder `where`/`andWhere`/`having`/`select` with SQL text, `createQueryBuilder()` `orderBy`/`groupBy` with a column from the request',
    ],
    sanitizers: ['bound parameters and tagged templates (`sql`…``, `prisma.$queryRaw`…``)', JS_CONSTANTS, '`Number()`/`parseInt()`, parameters typed `number`', '`mysql.escape`/`escapeId`/`format`, `sqlstring`, `pg-format`', 'text from the code itself in table or keyword positions (`FROM ${table}`)', JS_CHECK],
  },
  'js/shell-injection': {
    sources: [JS_REQUEST, 'any non-constant value formatted into a command', PROPAGATION],
    sinks: ['`child_process.exec`/`execSync` (also destructured and renamed: `const { exec: run } = require("child_process")`, or wrapped by `util.promisify`), `shelljs.exec`, `execa.command`/`execaCommand`', '`spawn`/`execFile`/`fork`, `execa`, `cross-spawn` with `shell: true` (request data among the arguments) or a request-chosen program', '`spawn("sh", ["-c", cmd])` (also `bash`, `cmd /c`, `powershell -Command`)'],
    sanitizers: ['argument arrays without a shell', '`shell-quote` `quote()`, `shellescape`, `encodeURIComponent`', 'numbers', JS_CHECK],
  },
  'js/code-eval': {
    sources: [JS_REQUEST, DOM, 'any non-constant value'],
    sinks: ['`eval`/`window.eval`, `new Function`, string `setTimeout`/`setInterval`, `vm.runInNewContext`/`runInThisContext`/`runInContext`/`compileFunction`/`vm.Script`'],
    sanitizers: ['constants', 'functions defined in the file', '`JSON.parse` instead'],
  },
  'js/path-traversal': {
    sources: [JS_REQUEST, 'entry names of an uploaded zip (`new AdmZip(…)`)', propagates('`path.join`/`path.resolve`')],
    sinks: ['`fs.*`, `fs/promises` and `fs-extra` file operations (also the destination of `rename`/`copyFile`/`cp`, and bare `readFile`/`writeFile`… in a hunk)', '`res.sendFile`/`res.download` without `root`, Hapi `h.file(path)`', '`res.render(view)` with a view name from the request'],
    sanitizers: ['`path.basename`, `sanitize-filename`', 'an `includes("..")`/`indexOf("..")` check before the use', '`path.normalize()` followed by a `.replace()` that strips leading `../`', 'a `startsWith` containment or allow-list check in an `if`', '`sendFile(name, { root })`', 'multer\'s stored `req.file.path`/`filename`', JS_CHECK],
  },
  'js/xss-sink': {
    sources: [JS_REQUEST, DOM, 'formatted HTML with non-constant parts', 'Markdown and template output of request text (`marked`, markdown-it `md.render`, showdown `makeHtml`, `ejs`/`pug`/`mustache`/`nunjucks`/`handlebars` `render`)', PROPAGATION],
    sinks: ['`innerHTML`/`outerHTML`/`srcdoc`, `document.write`/`writeln`, `insertAdjacentHTML`, `range.createContextualFragment`', 'jQuery `.html()`/`.append()`/`.prepend()`/`.after()`/`.before()`/`.replaceWith()`/`.wrap()` and `$("<li>" + x + "</li>")`', 'React `dangerouslySetInnerHTML` (also a `{ __html }` object kept in a variable, and in `React.createElement` props), `<iframe srcDoc>`, Vue `h()` `innerHTML`/`domProps`, Angular `Renderer2.setProperty(el, "innerHTML", x)`', 'Angular `bypassSecurityTrust*`, Hono `raw()`, lit `unsafeHTML()`, `new Handlebars.SafeString()`', '`setAttribute("href"|"src"|"action"|"srcdoc"|"on…", x)` and JSX `href`/`formAction` (and `<iframe src>`) unless the code fixed the URL\'s host or path', 'Express/Fastify `res.send`/`write`/`end` in handlers (through `status()`/`type()`/`set()` chains), Koa `ctx.body`, Hono `c.html` and `c.body(x, status, { "Content-Type": "text/html" })`, `new Response(body, { headers: { "content-type": "text/html" } })`'],
    sanitizers: ['`DOMPurify.sanitize`, `sanitize-html`, `xss`, `escape-html`, `he.encode`/`escape`, `lodash.escape`, `validator.escape`, Handlebars `escapeExpression`, `…sanitize()`/`escapeHtml()`, `encodeURIComponent`', 'a `.replace()` of `<`, `>` or `&`', 'markup built with `.map()` whose every part is escaped, then `.join("")`', '`textContent` (not a sink)', 'numbers', 'a non-HTML content type (`res.type("json")`, `type("text/plain")`)', 'a parsed body echoed whole (`res.send(req.body)` goes out as JSON)', 'the output of a Handlebars/pug/ejs template compiled from a constant without raw output (`{{{ }}}`, `!{ }`, `<%- %>`)', 'highlight.js `hljs.highlight`, `Prism.highlight`, React `renderToStaticMarkup`/`renderToString`', 'a JSX `href` with a written scheme (`mailto:`) or a relative start (`#`, `?`, `./`)'],
  },
  'crypto/weak-password-hash': {
    sources: ['MD5/SHA-1 digests: `hashlib.md5`/`sha1`, `hashlib.new("md5"|"sha1")`, `Crypto.Hash.MD5`/`SHA1`; `crypto.createHash("md5"|"sha1")`, the `md5`/`sha1`/`blueimp-md5`/`js-md5`/`js-sha1`/`spark-md5` packages, crypto-js `MD5`/`SHA1`, WebCrypto `subtle.digest("SHA-1")`; also through variables, aliases and same-file helpers'],
    sinks: [
      'a password-named variable, attribute, dict key, keyword argument or return of a password-named function (`user.password = digest`, `User(password=digest)`, `def hash_password(raw): return md5(raw)…`), `.update(password)` on a weak hasher, `md5(password)`, any weak digest inside a JS/TS function named for checking or hashing a password (`checkPassword`, `verifyPw`)',
      'a token, API key or secret hashed with MD5/SHA-1 (`sha1(token.encode())`, `.update(apiKey)`, `CryptoJS.SHA1(apiKey)`, any input of a function named for storing one: `hashApiKey`, `storeRecoveryCode`), a token or signature made by one (`inviteToken = createHash("sha1")…`, `function sessionToken(id) { return md5(id + Date.now()) }`)',
      'PBKDF2 over MD5/SHA-1 (`hashlib.pbkdf2_hmac("sha1", …)`, `crypto.pbkdf2(…, "md5")`), HMAC-MD5 (`hmac.new(key, msg, hashlib.md5)`, `crypto.createHmac("md5", key)`), `cryptography` `hashes.MD5()`/`SHA1()` in a signature, HMAC or KDF',
      'Django `make_password(…, hasher="md5"|"sha1"|"unsalted_md5"|…)`, passlib\'s fast or unsalted schemes (`hex_md5.hash`, `md5_crypt`, `des_crypt`, `ldap_md5`, …, and a `CryptContext` that lists one first)',
      'an MD5/SHA-1 digest compared with a stored password hash (`user.password_hash == md5(pw).hexdigest()`), or made inside a Python helper named for a password or secret',
    ],
    sanitizers: ['bcrypt, scrypt, Argon2, PBKDF2 over SHA-256', 'weak passlib schemes listed after a strong one (kept to read legacy hashes)', 'cache keys, ETags, checksums and file fingerprints (by name)', '`usedforsecurity=False`'],
  },
  'crypto/insecure-random': {
    sources: ['`random.*` (`random`, `randint`, `randrange`, `choice`, `choices`, `sample`, `getrandbits`, …, and `random.Random()` instances), `numpy.random.*`, `uuid.uuid1()` (Python); `Math.random()`, `lodash.random`, `uuid.v1`, `crypto.pseudoRandomBytes` (JS); also through `str()`/`int()`/`Math.floor()`, indexing (`ALPHABET[Math.floor(Math.random() * n)]`), joins, formatting and same-file helpers'],
    sinks: ['variables, attributes and functions named like tokens, secrets, passwords, salts, nonces, OTPs, PINs, API keys, session, reset, invite or activation codes, and (JS) share, short, magic-link, referral, coupon or voucher codes; fields so named in records and responses (`Token(key=…)`, `{"reset_code": …}`, `{ sessionId: … }`); cookie values (`set_cookie`, `res.cookie`); arguments of Python setters and factories named for a secret (`user.set_password(…)`, `create_token(…)`)'],
    sanitizers: ['`secrets`, `os.urandom`, `uuid.uuid4`, `crypto.randomBytes`, `crypto.randomUUID`, `crypto.randomInt`, `crypto.getRandomValues`, `nanoid`', 'public codes by name (`color_code`, `country_code`, `status_code`, …)'],
  },
  'crypto/weak-cipher': {
    sources: ['cipher constructors resolved through imports and aliases (`from Crypto.Cipher import DES as D`)'],
    sinks: ['PyCryptodome/PyCrypto (`Crypto`, `Cryptodome`) `DES`/`DES3`/`ARC4`/`ARC2`/`Blowfish`/`CAST`/`XOR` `.new()`, `AES`/`DES`/`DES3`/`Blowfish`/`CAST`/`ARC2` `.new()` with `MODE_ECB`, `cryptography` `algorithms.TripleDES`/`Blowfish`/`ARC4`/`CAST5`/`IDEA`/`SEED`; other languages by line'],
    sanitizers: ['AES-GCM, ChaCha20-Poly1305, `AESGCM`'],
  },
  'crypto/insecure-cookie': {
    sources: [],
    sinks: [
      'session and auth cookies (by name, or by a token/session value) set without `httpOnly`: Express `res.cookie`, Fastify `reply.setCookie`, Hono `setCookie(c, …)`/`setSignedCookie`, Next.js `cookies().set` (also an awaited store) and `response.cookies.set`, `cookie.serialize`, Flask/Django/Starlette `set_cookie` without `httponly=True`',
      'such cookies whose options set `httpOnly` but leave `secure` out or `false`; a raw `Set-Cookie` header without `HttpOnly` or `Secure`',
      'express-session `cookie: {…}` without `secure: true`, express-session/cookie-session `httpOnly: false`, cookie-session `secure: false`, Koa `ctx.cookies.set` with `httpOnly: false`, Starlette `SessionMiddleware(https_only=False)`',
      'flags written as `false` and session settings, by line; `secure=False` / `secure: false` on any cookie whose value the code does not spell out, unless its name says it keeps a preference (theme, locale, consent)',
    ],
    sanitizers: ['`httpOnly: true` (and `secure: true`) / `httponly=True, secure=True`', 'CSRF cookies (read by scripts on purpose)', 'deleting a cookie (empty value, `maxAge: 0`, `max_age=0`)', 'options built elsewhere or spread in (`{ ...cookieOptions }`, `**opts`)', 'Koa `ctx.cookies.set` (HttpOnly by default)', 'development, local, demo and example files'],
  },
  'crypto/permissive-cors': {
    sources: [JS_REQUEST, PY_REQUEST, PROPAGATION],
    sinks: ['an `Access-Control-Allow-Origin` header set from request data (`res.set`/`setHeader`/`header`/`append`, `c.header`, `response.headers[...] =`, `headers.set`/`add`) in a function that also allows credentials', 'an `origin` callback of the cors packages (Express `cors`, `@fastify/cors`, NestJS `enableCors`, Hono) that approves every origin (also `cb(null, origin ?? true)`: a default checks nothing), or `origin: /.*/`, with `credentials: true`', 'flask-cors `CORS`/`cross_origin` with `origins` `"*"` or `.*` (directly or in `resources`) and `supports_credentials=True`; Starlette/FastAPI `CORSMiddleware` `allow_origins=["*"]` (also through a constant) with `allow_credentials=True`; quart-cors/sanic-cors `cors(app, allow_origin="*", allow_credentials=True)`', 'any-origin options (`origin: true`) with credentials, by line'],
    sanitizers: ['an allow-list check (`ALLOWED.has(origin)`) before the header', 'an `origin` callback that compares or looks up the origin', 'a constant `*` without credentials (vetoes the line rule there)'],
  },
  'crypto/debug-mode': {
    sources: [],
    sinks: ['`app.run(..., debug=True)` however the other arguments are written (also Flask\'s third positional argument, or a module constant bound to `True`), `app.debug = True`, `app.config["DEBUG"] = True` or `["ENV"] = "development"`, `app.config.update(DEBUG=True)`/`from_mapping`, `os.environ["FLASK_DEBUG"] = "1"` or `["FLASK_ENV"] = "development"`', 'Werkzeug `run_simple(use_debugger=True)`, `DebuggedApplication(evalex=True)`, `bottle.debug(True)`, `bottle.run(debug=True)`', 'FastAPI/Starlette/Tornado/Litestar/aiohttp applications built with `debug=True`', 'settings files and deploy config, by line'],
    sanitizers: ['a value read from the environment', 'files named for development (`dev*.py`, `local*.py`, `debug*.py`), scripts, examples, docs and tests', 'settings inside a `Development…`/`Local…`/`Test…` config class (line rule)'],
  },
}

const PREFERENCES = 'the visitor\'s own display preferences (keys such as `lang`, `locale`, `theme`, `currency`, `timezone`, `page_size`, `sort`)'

function meta(m: Omit<RuleMeta, 'tier'> & { tier?: RuleMeta['tier'] }): RuleMeta {
  return { tier: 'core', ...m }
}

/** Rules that exist only as syntax rules. */
export const NEW_RULES: RuleMeta[] = [
  meta({
    id: 'python/open-redirect', title: 'Redirect to a URL from the request', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Redirecting to a URL the client chose lets a link to your site forward users to a look-alike phishing page (CWE-601). Redirect to relative paths on your own site, or check the host against an allow-list.',
    examples: { bad: 'from flask import redirect, request\n\n@app.get("/login")\ndef login():\n    return redirect(request.args["next"])\n', good: 'from flask import redirect, request, url_for\n\n@app.get("/login")\ndef login():\n    return redirect(url_for("home"))\n' },
    flow: { sources: [PY_REQUEST, PROPAGATION], sinks: ['`redirect()` (Flask, Django, Werkzeug), `HttpResponseRedirect`/`HttpResponsePermanentRedirect`, FastAPI/Starlette `RedirectResponse`, sanic/Quart/Bottle `redirect`, Litestar `Redirect(path=)`, Pyramid/Falcon `HTTPFound`/`HTTPSeeOther`/`HTTPMovedPermanently`/… (`location=`), Tornado `self.redirect` in a handler, a `Location` header stored into `headers`'], sanitizers: ['`url_has_allowed_host_and_scheme`/`is_safe_url`, a `startswith("/")` check', PY_CHECK, 'a fixed host or leading `/path` before the value', '`url_for`, `reverse`'] },
  }),
  meta({
    id: 'js/open-redirect', title: 'Redirect to a URL from the request', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Redirecting to a URL the client chose (server `res.redirect`, or `location.href` from the URL fragment in the browser) lets a link to your site forward users to a phishing page (CWE-601).',
    examples: { bad: 'app.get("/go", (req, res) => {\n  res.redirect(req.query.u)\n})\n', good: 'app.get("/go", (req, res) => {\n  res.redirect(`/articles/${encodeURIComponent(req.query.id)}`)\n})\n' },
    flow: { sources: [JS_REQUEST, DOM, PROPAGATION], sinks: ['`res.redirect` (status first or last), `ctx.redirect`, `reply.redirect`, `c.redirect`, `NextResponse.redirect`, `redirect()` from Next.js, Remix, React Router or SvelteKit', '`Location` headers (`setHeader`/`set`/`header`, `res.location`, `writeHead`)', '`location.href =`, `window.location =`, `location.assign`/`replace`, `window.open`'], sanitizers: [JS_CHECK, 'a `startsWith("/")` check that also turns away `//` and `/\\` (a second `startsWith`, the second character, a lookahead; not `startsWith("http")`)', 'a fixed host or leading `/path` before the value', '`new URL("/path", req.url)`'] },
  }),
  meta({
    id: 'python/ssrf', title: 'Server-side request to a URL from the request', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Fetching a URL the client chose lets them point your server at internal services: cloud metadata endpoints, admin ports, databases on the private network (CWE-918).',
    examples: { bad: 'import requests\n\n@app.post("/preview")\ndef preview():\n    return requests.get(request.json["url"], timeout=5).text\n', good: 'import requests\n\n@app.get("/weather")\ndef weather():\n    return requests.get(f"https://api.weather.example/v1/{request.args[\'city\']}", timeout=5).text\n' },
    flow: { sources: [PY_REQUEST, PROPAGATION], sinks: ['`requests.*`, `httpx.*` (also `stream`), `urllib.request.urlopen`/`urlretrieve`, `aiohttp.request`, `feedparser.parse`', 'sessions and clients of those (`requests.Session()`, `httpx.Client()`/`AsyncClient()`, `aiohttp.ClientSession()`, urllib3 `PoolManager().request("GET", url)`), objects named `session`/`client`/`http`, an opener\'s `.open()`', 'the host of `http.client.HTTPConnection`/`HTTPSConnection`, `ftplib.FTP`, `smtplib.SMTP`, `telnetlib.Telnet`, `socket.create_connection`'], sanitizers: ['a fixed scheme and host before the value', PY_CHECK] },
  }),
  meta({
    id: 'js/ssrf', title: 'Server-side request to a URL from the request', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Fetching a URL the client chose lets them point your server at internal services (CWE-918).',
    examples: { bad: 'app.get("/proxy", async (req, res) => {\n  const r = await fetch(req.query.url)\n  res.send(await r.text())\n})\n', good: 'app.get("/user", async (req, res) => {\n  const r = await fetch(`https://api.example.com/users/${encodeURIComponent(req.query.id)}`)\n  res.json(await r.json())\n})\n' },
    flow: { sources: [JS_REQUEST, PROPAGATION], sinks: ['`fetch` (also `node-fetch`, `cross-fetch`), `axios` (also `axios({ url })`), `got`, `ky`, `request` (also `{ uri }`), `superagent`, `needle.get`/`post`/`request` and `needle(method, url)`, `http(s).get/request` (also `{ hostname }`), `undici`, `ofetch`/`$fetch`', 'client instances and injected services (`api.post(url)` from `axios.create()`, NestJS `this.http.get(url)`/`httpService`) when the argument reads as a URL or opens with the value (`${idp}/.well-known/…`)', 'Puppeteer/Playwright `page.goto(url)`', 'clients made for a base URL from the request (`axios.create({ baseURL })`, `got.extend({ prefixUrl })`, `ky.create`), `new URL("/path", base)` with a base from the request, Node `new WebSocket(url)` in handlers'], sanitizers: ['a fixed scheme and host before the value', 'a configured origin before the path (`${process.env.API_URL}/items/${id}`, `c.env.UPSTREAM`, `API_BASE + "/…"`, `this.config.baseUrl`)', JS_CHECK + ' (a check of the scheme, port, path or query alone does not count)'] },
  }),
  meta({
    id: 'python/xss', title: 'HTML built from request data', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'A handler that returns HTML assembled from request data without escaping lets a `<script>` in a link run in the visitor\'s browser (reflected XSS, CWE-79).',
    examples: { bad: '@app.get("/search")\ndef search():\n    q = request.args.get("q", "")\n    return f"<h1>Results for {q}</h1>"\n', good: '@app.get("/search")\ndef search():\n    q = request.args.get("q", "")\n    return render_template("search.html", q=q)\n' },
    flow: { sources: [PY_REQUEST, PROPAGATION], sinks: ['HTML strings returned from route handlers or passed to `make_response`/`Response`/`HttpResponse`/`HTMLResponse`', 'request text returned from a Flask view (sent as `text/html`), or passed to Flask `Response`/`make_response` or Django `HttpResponse` without a content type', 'responses declared `text/html` (aiohttp `web.Response(text=…, content_type="text/html")`, `Response(…, media_type="text/html")`), sanic `html()`', 'Tornado `self.write`/`finish` of markup, Falcon `resp.text = …` in a responder that sets `text/html`'], sanitizers: ['`markupsafe.escape`, `html.escape`, `django.utils.html.escape`, `conditional_escape`, `format_html`, `bleach.clean`, `nh3.clean`, `strip_tags`, `quoteattr`', 'templates (`render_template`, `render_to_string`, `.render()`)', 'a non-HTML content type (`mimetype="text/plain"`, a `Content-Type` in the returned tuple), `jsonify`', 'markup joined from escaped parts (also in generators and comprehensions)'] },
  }),
  meta({
    id: 'python/jinja2-autoescape-off', title: 'Jinja2 environment without autoescaping', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: '`jinja2.Environment` does not escape HTML unless told to, so every `{{ value }}` rendered from it is an XSS hole (CWE-79). Flask turns autoescaping on for its own environment; one made by hand needs `autoescape=select_autoescape()`.',
    examples: { bad: 'env = jinja2.Environment(loader=FileSystemLoader("templates"))\n', good: 'env = jinja2.Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))\n' },
    flow: { sources: [], sinks: ['`jinja2.Environment(...)` (also aliased) without `autoescape`, or with `autoescape=False`'], sanitizers: ['`autoescape=True` or `select_autoescape(...)`'] },
  }),
  meta({
    id: 'python/insecure-temp-file', title: 'Temporary file name that another process can claim', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: '`tempfile.mktemp()` only returns a name; between choosing it and opening it another process can create the file or a symlink there and read or redirect your writes (CWE-377).',
    examples: { bad: 'path = tempfile.mktemp(suffix=".csv")\nwith open(path, "w") as f:\n    f.write(data)\n', good: 'with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:\n    f.write(data)\n' },
    flow: { sources: ['`tempfile.gettempdir()`, `/tmp/…` and `/var/tmp/…` paths, through `os.path.join`, formatting and same-file helpers'], sinks: ['`tempfile.mktemp`, `os.tempnam`, `os.tmpnam` (also imported by name)', '`open`/`io.open`/`os.open` for writing (`"w"`/`"a"`) on a predictable path in the shared temp directory'], sanitizers: ['`NamedTemporaryFile`, `mkstemp`, `TemporaryDirectory`/`mkdtemp`', 'a name from `uuid4()`, `secrets.token_*` or `os.urandom`', 'exclusive mode `"x"`'] },
  }),
  meta({
    id: 'js/insecure-temp-file', title: 'Predictable file name in the shared temp directory', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Writing `/tmp/<fixed or guessable name>` (or `path.join(os.tmpdir(), name)`) lets another local user create that file, or a symlink to one of yours, before you do: they read the data or redirect the write (CWE-377).',
    examples: { bad: "const file = path.join(os.tmpdir(), `export-${userId}.csv`)\nfs.writeFileSync(file, csv)\n", good: "const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'))\nfs.writeFileSync(path.join(dir, 'export.csv'), csv, { mode: 0o600 })\n" },
    flow: { sources: ['`os.tmpdir()` and `/tmp/…`/`/var/tmp/…` strings, through `path.join`, formatting and same-file helpers'], sinks: ['`fs.writeFile*`, `fs.appendFile*`, `fs.createWriteStream`, `fs.open*` with `"w"`/`"a"` (also `fs.promises`)'], sanitizers: ['a directory from `fs.mkdtemp*`', 'a name from `crypto.randomUUID()`/`randomBytes`/`randomInt`, `uuid` v4/v7, `nanoid`, `cuid`', 'an exclusive flag (`flag: "wx"`)'] },
  }),
  meta({
    id: 'crypto/hardcoded-signing-key', title: 'Tokens or sessions signed with a key written in the code', severity: 'critical', category: 'security', pack: 'crypto', languages: ['python', 'javascript', 'typescript'],
    description: 'A JWT, HMAC or session signing key (or a symmetric encryption key) that is a literal in the source lets anyone with the code (or a leaked copy) forge tokens and sessions, or decrypt the data (CWE-798/321). Read it from the environment or a secret store.',
    examples: { bad: 'token = jwt.encode({"sub": user.id}, "super-secret-key", algorithm="HS256")\n', good: 'token = jwt.encode({"sub": user.id}, os.environ["JWT_SECRET"], algorithm="HS256")\n' },
    flow: { sources: ['string literals and constants (also through variables)'], sinks: ['PyJWT/python-jose `jwt.encode`/`decode` keys, `hmac.new`/`hmac.digest` keys, itsdangerous serializers and signers, `app.secret_key`, `app.config["SECRET_KEY"]`/`["JWT_SECRET_KEY"]`/`["WTF_CSRF_SECRET_KEY"]`/`["SECURITY_PASSWORD_SALT"]`', '`jsonwebtoken.sign`/`verify`, `crypto.createHmac`, `express-session`/`cookie-session` secrets, `cookie-parser`, jose `SignJWT.sign`, Hono `sign`/`verify`/`jwt({ secret })`, `express-jwt`, `koa-jwt`, NestJS `JwtModule.register`, passport-jwt `secretOrKey` (options before or after the callback)', 'symmetric keys: `crypto.createCipheriv`/`createDecipheriv`, crypto-js `AES`/`TripleDES`/`Rabbit`/`RC4` `encrypt`/`decrypt` and `HmacSHA1`/`HmacSHA256`/`HmacSHA512`/`HmacMD5`'], sanitizers: ['keys read from the environment or a secret store', 'placeholders (`changeme`, `xxx`, `***`) and keys shorter than 4 characters'] },
  }),
  meta({
    id: 'python/finally-control-flow', title: '`return`/`break`/`continue` inside `finally`', severity: 'major', category: 'bug', pack: 'bugs', languages: ['python'],
    description: 'A `return`, `break` or `continue` in a `finally` block discards the exception in flight (and any earlier return value): errors in the `try` body disappear silently.',
    examples: { bad: 'def load(path):\n    try:\n        return parse(path)\n    finally:\n        return None\n', good: 'def load(path):\n    try:\n        return parse(path)\n    finally:\n        cleanup()\n' },
  }),
  meta({
    id: 'js/finally-control-flow', title: '`return`/`break`/`continue` inside `finally`', severity: 'major', category: 'bug', pack: 'bugs', languages: ['javascript', 'typescript'],
    description: 'A `return`, `break` or `continue` in a `finally` block discards the exception in flight and overrides earlier returns (ESLint `no-unsafe-finally`).',
    examples: { bad: 'function load() {\n  try {\n    return parse()\n  } finally {\n    return null\n  }\n}\n', good: 'function load() {\n  try {\n    return parse()\n  } finally {\n    cleanup()\n  }\n}\n' },
  }),
  meta({
    id: 'python/mutate-while-iterating', title: 'Collection changed while a loop iterates it', severity: 'major', category: 'bug', pack: 'bugs', languages: ['python'],
    description: 'Removing from or adding to a list inside `for x in that_list` skips or repeats elements; for dicts and sets it raises `RuntimeError`. Iterate over a copy or build a new collection.',
    examples: { bad: 'for user in users:\n    if user.inactive:\n        users.remove(user)\n', good: 'users = [u for u in users if not u.inactive]\n' },
  }),
  meta({
    id: 'js/mutate-while-iterating', title: 'Array changed while a loop iterates it', severity: 'major', category: 'bug', pack: 'bugs', languages: ['javascript', 'typescript'],
    description: 'Splicing or pushing into an array inside `for (const x of thatArray)` skips or repeats elements (or never ends).',
    examples: { bad: 'for (const item of items) {\n  if (item.done) items.splice(items.indexOf(item), 1)\n}\n', good: 'items = items.filter((item) => !item.done)\n' },
  }),
  meta({
    id: 'python/write-to-readonly-file', title: 'Write to a file opened for reading', severity: 'major', category: 'bug', pack: 'bugs', languages: ['python'],
    description: '`open(path)` opens for reading; calling `.write()` on it raises `io.UnsupportedOperation` at run time.',
    examples: { bad: 'with open(path) as f:\n    f.write(report)\n', good: 'with open(path, "w") as f:\n    f.write(report)\n' },
  }),
  meta({
    id: 'python/cleartext-http', title: 'API called over plain HTTP', severity: 'major', category: 'security', pack: 'crypto', languages: ['python'],
    description: 'An `http://` endpoint sends requests, tokens and responses across the network unencrypted, where anyone on the path can read or change them (CWE-319). Loopback, private and `.local`/`.internal` hosts, XML namespaces and schema ids are not reported.',
    examples: { bad: 'ERP_BASE = "http://erp.acme-corp.com/api/v1"\nrequests.post("http://billing.acme-corp.com/invoices", json=invoice, timeout=10)\n', good: 'ERP_BASE = "https://erp.acme-corp.com/api/v1"\nrequests.post("http://localhost:9091/metrics", data=body, timeout=5)\n' },
    flow: { sources: ['`http://` string literals'], sinks: ['the URL of `requests.*`, `httpx.*`, `urllib.request.urlopen`/`Request`, `aiohttp.request`, and of the methods of `requests`/`httpx`/`aiohttp`/`urllib3` client objects; `base_url=` of `httpx.Client`/`AsyncClient`, `aiohttp.ClientSession`', 'constants named like endpoints (`*_URL`, `*_BASE`, `*_API`, `*_ENDPOINT`, `*_HOST`)', 'XML-RPC `ServerProxy`, SOAP `zeep.Client`/`suds` (`wsdl=`), `websocket`/`websockets` clients on `ws://`', '`http.client.HTTPConnection`, `ftplib.FTP` and `telnetlib.Telnet` to a remote host'], sanitizers: ['`https://`, `ftplib.FTP_TLS`', 'loopback, private-range, single-label and `.local`/`.internal`/`.test` hosts, hosts in an `internal.`/`corp.` zone', 'namespace and schema URIs (`w3.org`, `json-schema.org`, `…/schema#`)', 'links meant for people (`DOCS_URL`, `HOMEPAGE_URL`, `SUPPORT_LINK`)'] },
  }),
  meta({
    id: 'js/cleartext-http', title: 'API called over plain HTTP', severity: 'major', category: 'security', pack: 'crypto', languages: ['javascript', 'typescript'],
    description: 'An `http://` endpoint sends requests, tokens and responses across the network unencrypted (CWE-319). Loopback, private and `.local`/`.internal` hosts, XML namespaces and schema ids are not reported.',
    examples: { bad: "const api = axios.create({ baseURL: 'http://inventory.acme-corp.com/api/v2' })\nawait fetch('http://collector.vendor.com/v1/events', { method: 'POST', body })\n", good: "const api = axios.create({ baseURL: process.env.INVENTORY_URL })\nexport const SVG_NS = 'http://www.w3.org/2000/svg'\n" },
    flow: { sources: ['`http://` string literals'], sinks: ['the URL of `fetch`, `axios.*`, `got`, `superagent.get/post/…`, `needle.get`/`post`, `request`, `http.get/request`, `undici`, `ky`, written in the call or kept in a constant of any name', '`baseURL`/`prefixUrl` of `axios.create`/`got.extend`/`ky.create`', '`new …Client("http://…")` (also `…Api`, `…Sdk`, `…Service`), or with `{ uri | url | baseURL | endpoint | host: "http://…" }` (`new ApolloClient({ uri })`, `…Link`)', '`new WebSocket("ws://…")`, socket.io `io("http://…")`', 'browser requests: `xhr.open(method, "http://…")`, jQuery `$.get`/`post`/`getJSON`/`getScript`/`load` and `$.ajax({ url })`, `new EventSource`, `navigator.sendBeacon`', 'constants named like endpoints, and endpoint fields of settings objects (`{ apiUrl: "http://…" }`)'], sanitizers: ['`https://`, `wss://`', 'loopback, private-range, single-label and `.local`/`.internal`/`.test` hosts', 'namespace and schema URIs', 'links meant for people (`docsUrl`, `homepageUrl`)'] },
  }),
  meta({
    id: 'python/xxe', title: 'XML parser that expands external entities', severity: 'critical', category: 'security', pack: 'injection', languages: ['python'],
    description: 'An XML parser that resolves external entities lets a document read local files (`<!ENTITY x SYSTEM "file:///etc/passwd">`) or make the server fetch internal URLs (XXE, CWE-611).',
    examples: { bad: 'parser = etree.XMLParser(resolve_entities=True, load_dtd=True)\ntree = etree.parse(upload, parser)\n', good: 'parser = etree.XMLParser(resolve_entities=False, no_network=True)\ntree = etree.parse(upload, parser)\n' },
    flow: { sources: [], sinks: ['lxml `etree.XMLParser(resolve_entities=True)` (also aliased)', 'SAX `setFeature(feature_external_ges|feature_external_pes, True)`'], sanitizers: ['`resolve_entities=False`', '`defusedxml`'] },
  }),
  meta({
    id: 'js/xxe', title: 'XML parser that expands external entities', severity: 'critical', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: '`libxmljs` with `noent: true` substitutes external entities, so an uploaded document can read server files or reach internal hosts (XXE, CWE-611).',
    examples: { bad: "const doc = libxmljs.parseXml(req.body.toString(), { noent: true })\n", good: "const doc = libxmljs.parseXml(req.body.toString(), { noent: false, nonet: true })\n" },
    flow: { sources: [], sinks: ['`libxmljs`/`libxmljs2` `parseXml`/`parseXmlString`/`parseXmlAsync`/`Document.fromXml` with `noent: true`'], sanitizers: ['`noent` left off or `false`'] },
  }),
  meta({
    id: 'python/template-injection', title: 'Template compiled from request data', severity: 'critical', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Compiling request data as a Jinja2 template lets `{{ }}` in it run on the server (server-side template injection, CWE-1336). `render_template_string` and `Template(...)` are reported by `python/code-eval`.',
    examples: { bad: '@app.post("/preview")\ndef preview():\n    return jinja2.Environment().from_string(request.form["body"]).render()\n', good: '@app.post("/preview")\ndef preview():\n    return env.get_template("preview.html").render(body=request.form["body"])\n' },
    flow: { sources: [PY_REQUEST, 'text formatted from non-constant parts', PROPAGATION], sinks: ['`from_string` on an environment from jinja2 or Django\'s `Engine`, or on one named `env`/`jinja_env`/`templates`/`engine`', 'template classes that compile their source: `jinja2.Template(...)` written with its module, mako `Template` (also `text=`), Django `Template`, Tornado `template.Template`, Cheetah `Template`, Genshi `MarkupTemplate`/`TextTemplate`'], sanitizers: ['constant template source', 'templates loaded from files and rendered with data'] },
  }),
  meta({
    id: 'js/template-injection', title: 'Template compiled from request data', severity: 'critical', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Compiling request data as a template (EJS, Pug, Handlebars, Nunjucks, lodash) runs the template language, and through it JavaScript, on the server (server-side template injection, CWE-1336).',
    examples: { bad: "app.post('/preview', (req, res) => {\n  res.send(ejs.render(req.body.template, { user: req.user }))\n})\n", good: "app.post('/preview', (req, res) => {\n  res.render('preview', { body: req.body.text })\n})\n" },
    flow: { sources: [JS_REQUEST, 'text formatted from non-constant parts', PROPAGATION], sinks: ['`ejs.render`/`compile`, `pug`/`jade` `compile`/`render`/`compileClient`, Handlebars `compile`/`precompile` (also `Handlebars.create()` instances), nunjucks `renderString`/`compile` (also `new nunjucks.Environment()`/`configure()` instances), lodash/underscore `_.template`, `doT.template`, `eta.render`/`compile`, `swig.render`/`compile`, `hogan.compile`', 'liquidjs `parseAndRender`/`parse`, Eta `renderString`, Squirrelly `render`/`compile`, Mustache `render`/`parse`, Twig.js `twig({ data })`, also on instances made with `new` (`new Liquid()`, `new Eta()`)'], sanitizers: ['constant template source', 'a template file rendered with data', 'browser URL values alone (client-side rendering)'] },
  }),
  meta({
    id: 'js/debug-mode', title: 'Stack traces sent to clients', severity: 'major', category: 'security', pack: 'crypto', languages: ['javascript', 'typescript'],
    description: 'Development error output in a server that ships (Apollo `includeStacktraceInErrorResponses: true`, the `errorhandler` middleware mounted for every environment) hands file paths, library versions and internals to anyone who triggers an error (CWE-209/489).',
    examples: { bad: "const server = new ApolloServer({ typeDefs, resolvers, includeStacktraceInErrorResponses: true })\napp.use(errorhandler())\n", good: "const server = new ApolloServer({ typeDefs, resolvers })\nif (process.env.NODE_ENV === 'development') app.use(errorhandler())\n" },
    flow: { sources: [], sinks: ['`new ApolloServer({ includeStacktraceInErrorResponses: true })` or `debug: true`', '`app.use(errorhandler())` with `errorhandler` from the `errorhandler` package; `showStack: true`/`dumpExceptions: true` options', 'an error\'s `err.stack` sent to the client (`res.json({ stack: err.stack })`, `res.send`, `c.json`, Hapi `h.response`, Koa `ctx.body`, inside templates, concatenations or nested fields)', '`next({ dev: true })`, `graphiql: true` in express-graphql/mercurius, `playground: true` in Apollo Server or NestJS `GraphQLModule.forRoot`, strong-error-handler `debug: true`'], sanitizers: ['an `if`/ternary on `NODE_ENV` or a development flag around the call, or an early return in production', 'a ternary that picks when to show `err.stack`', 'files named for development, scripts, examples and docs'] },
  }),
  meta({
    id: 'python/prompt-injection', title: 'Request data in an LLM\'s system prompt', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Writing what the client sent into the system prompt (or letting it pick a message\'s role) lets them replace the instructions the model follows: leak the prompt, drop its guard rails, or steer tool calls (prompt injection, OWASP LLM01). Pass user text as a `user` message instead.',
    examples: { bad: '@app.post("/ask")\ndef ask():\n    persona = request.json["persona"]\n    return client.chat.completions.create(model="gpt-4o-mini", messages=[\n        {"role": "system", "content": f"You are {persona}. Answer questions about Acme."},\n        {"role": "user", "content": request.json["question"]},\n    ])\n', good: '@app.post("/ask")\ndef ask():\n    return client.chat.completions.create(model="gpt-4o-mini", messages=[\n        {"role": "system", "content": SYSTEM_PROMPT},\n        {"role": "user", "content": request.json["question"]},\n    ])\n' },
    flow: { sources: [PY_REQUEST, propagates('`messages.append(…)`')], sinks: ['the `system`/`developer` message of OpenAI/Mistral/Groq/Ollama/LiteLLM `chat.completions.create(messages=…)`, a message `role` from the request', 'Anthropic `messages.create(system=…)`, OpenAI `responses.create(instructions=…)`, Gemini `system_instruction=`, Cohere `preamble=`', 'LangChain `SystemMessage`/`SystemMessagePromptTemplate`, `("system", …)` in `ChatPromptTemplate.from_messages`, `PromptTemplate.from_template` of request text', 'instructions formatted around request text in a legacy `completions.create(prompt=…)` or a single prompt to a LangChain model (`ChatOpenAI(…).invoke(f"You are… {topic}")`, also `predict`/`stream`/`generate`)'], sanitizers: ['request data in a `user` message', 'constant instructions', 'an allow-list check on the value (HTML or SQL escaping does not count)'] },
  }),
  meta({
    id: 'js/prompt-injection', title: 'Request data in an LLM\'s system prompt', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Writing what the client sent into the system prompt (or letting it pick a message\'s role) lets them replace the instructions the model follows: leak the prompt, drop its guard rails, or steer tool calls (prompt injection, OWASP LLM01). Pass user text as a `user` message instead.',
    examples: { bad: "app.post('/ask', async (req, res) => {\n  const out = await openai.chat.completions.create({\n    model: 'gpt-4o-mini',\n    messages: [\n      { role: 'system', content: `You are ${req.body.persona}.` },\n      { role: 'user', content: req.body.question },\n    ],\n  })\n  res.json(out)\n})\n", good: "app.post('/ask', async (req, res) => {\n  const out = await openai.chat.completions.create({\n    model: 'gpt-4o-mini',\n    messages: [\n      { role: 'system', content: SYSTEM_PROMPT },\n      { role: 'user', content: req.body.question },\n    ],\n  })\n  res.json(out)\n})\n" },
    flow: { sources: [JS_REQUEST, propagates('`messages.push(…)`')], sinks: ['the `system`/`developer` message of OpenAI `chat.completions.create({ messages })`, a message `role` from the request', 'Anthropic `messages.create({ system })`, OpenAI `responses.create({ instructions })`, Assistants `assistants.create`/`update({ instructions })` and `runs.create({ instructions, additional_instructions })`, Vercel AI SDK `generateText`/`streamText`/`generateObject`/`streamObject({ system })` and their single `prompt` written as instructions around request text, Gemini `getGenerativeModel({ systemInstruction })`, Cloudflare Workers AI `env.AI.run(model, { messages })`, Amazon Bedrock `new ConverseCommand({ system: [{ text }] })`', 'LangChain `SystemMessage`, `["system", …]` in `ChatPromptTemplate.fromMessages`, `PromptTemplate.fromTemplate` of request text'], sanitizers: ['request data in a `user` message', 'constant instructions', 'an allow-list check on the value (HTML or SQL escaping does not count)'] },
  }),
  meta({
    id: 'js/unsafe-deserialization', title: 'Deserializer that rebuilds functions', severity: 'critical', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Serializers that round-trip functions and class instances (`funcster`, `serialize-to-js`, `v8.deserialize`, js-yaml with the full schema) run code embedded in the payload while it loads (CWE-502). `node-serialize` is reported by `injection/unsafe-deserialization`.',
    examples: { bad: "const job = funcster.deepDeserialize(JSON.parse(message.body))\nconst state = v8.deserialize(Buffer.from(req.body.snapshot, 'base64'))\n", good: "const job = JobSchema.parse(JSON.parse(message.body))\nconst settings = yaml.load(req.body.settings)\n" },
    flow: { sources: [JS_REQUEST + ' (for `v8.deserialize`)', 'any non-constant data'], sinks: ['`funcster.deserialize`/`deepDeserialize`, `serialize-to-js` `deserialize`, `v8.deserialize` on request data, js-yaml `load`/`loadAll` with `DEFAULT_FULL_SCHEMA`/an unsafe schema'], sanitizers: ['`JSON.parse` plus schema validation', "js-yaml's default schema", 'constant data for funcster/serialize-to-js'] },
  }),
  meta({
    id: 'python/xpath-injection', title: 'XPath expression built from request data', severity: 'critical', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Formatting a value into an XPath expression lets a quote in it close the string and add conditions of its own (`\' or \'1\'=\'1`), so a lookup of one record returns every node, or nodes it was never meant to reach (XPath injection, CWE-643). Pass values as XPath variables.',
    examples: { bad: '@app.get("/books")\ndef books():\n    author = request.args["author"]\n    return jsonify(tree.xpath(f"//book[author=\'{author}\']"))\n', good: '@app.get("/books")\ndef books():\n    return jsonify(tree.xpath("//book[author=$a]", a=request.args["author"]))\n' },
    flow: { sources: [PY_REQUEST, 'any non-constant value formatted onto a compared value in a predicate (`[@id=\'…\']`; reported as major)', PROPAGATION], sinks: ['lxml `.xpath(expr)` on elements and trees, `etree.XPath(expr)`/`ETXPath(expr)`, an `XPathEvaluator` called with an expression', '`elementpath.select`/`iter_select`/`Selector`', 'ElementTree `find`/`findall`/`findtext`/`iterfind` with a value formatted into a `[@attr=\'…\']` predicate'], sanitizers: ['XPath variables (`tree.xpath("//u[@name=$n]", n=name)`)', PY_CONSTANTS, 'numbers (`int()`, `float()`, parameters typed `int`)', 'a quoting helper named for XPath (`xpath_literal(x)`, `escape_xpath(x)`)', PY_CHECK] },
  }),
  meta({
    id: 'js/xpath-injection', title: 'XPath expression built from request data', severity: 'critical', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Formatting a value into an XPath expression lets a quote in it close the string and add conditions of its own (`\' or \'1\'=\'1`), so a lookup of one record returns every node (XPath injection, CWE-643). Bind values as XPath variables.',
    examples: { bad: "app.get('/products', (req, res) => {\n  res.json(xpath.select(`//product[brand='${req.query.brand}']`, doc))\n})\n", good: "app.get('/products', (req, res) => {\n  res.json(xpath.parse('//product[brand=$brand]').select({ node: doc, variables: { brand: String(req.query.brand) } }))\n})\n" },
    flow: { sources: [JS_REQUEST, DOM, 'any non-constant value formatted onto a compared value in a predicate (`[@id=\'…\']`; reported as major)', PROPAGATION], sinks: ['`xpath` `select`/`select1`/`evaluate`/`parse` and the function `useNamespaces()` returns', 'fontoxpath `evaluateXPath*`', '`document.evaluate(expr, …)` and `evaluate` on other documents'], sanitizers: ['XPath variables (`xpath.parse(expr).select({ variables })`, fontoxpath\'s variables argument)', JS_CONSTANTS, 'numbers (`Number()`, `parseInt()`)', 'a quoting helper named for XPath (`xpathLiteral(x)`, `escapeXPath(x)`)', JS_CHECK] },
  }),
  meta({
    id: 'python/ldap-injection', title: 'LDAP search filter built from request data', severity: 'critical', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Formatting a value into an LDAP search filter lets `*`, `(` and `)` in it rewrite the filter (`*)(uid=*`), so a lookup of one user matches every entry: a directory login then binds as whoever comes first (LDAP injection, CWE-90). Escape each value.',
    examples: { bad: 'def find_user(conn, username):\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(uid={username})")\n', good: 'from ldap.filter import filter_format\n\ndef find_user(conn, username):\n    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [username]))\n' },
    flow: { sources: [PY_REQUEST, 'any non-constant value formatted into a filter\'s assertion value (`(uid=…)`; reported as major)', PROPAGATION], sinks: ['python-ldap `search`/`search_s`/`search_st`/`search_ext`/`search_ext_s` (the filter, third or `filterstr=`)', 'ldap3 `Connection.search` (the filter, second or `search_filter=`) and `extend.standard.paged_search`'], sanitizers: ['`ldap.filter.escape_filter_chars`/`filter_format`, `ldap3.utils.conv.escape_filter_chars`, helpers named for LDAP escaping', PY_CONSTANTS, 'numbers (`int()`, parameters typed `int`)', 'settings and ALL_CAPS names formatted in', PY_CHECK] },
  }),
  meta({
    id: 'js/ldap-injection', title: 'LDAP search filter built from request data', severity: 'critical', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Formatting a value into an LDAP search filter lets `*`, `(` and `)` in it rewrite the filter (`*)(uid=*`), so a lookup of one user matches every entry: a directory login then binds as whoever comes first (LDAP injection, CWE-90). Build filters from objects or escape each value.',
    examples: { bad: "client.search(BASE, { scope: 'sub', filter: `(uid=${req.body.username})` }, onResult)\n", good: "client.search(BASE, { scope: 'sub', filter: new EqualityFilter({ attribute: 'uid', value: req.body.username }) }, onResult)\n" },
    flow: { sources: [JS_REQUEST, 'any non-constant value formatted into a filter\'s assertion value (`(uid=…)`; reported as major)', PROPAGATION], sinks: ['ldapjs and ldapts `client.search(base, { filter })` (also ldapjs\'s filter string as the options)', 'ldapjs `parseFilter`'], sanitizers: ['filter objects (`EqualityFilter`, `SubstringFilter`, `AndFilter` …)', 'the `ldap-escape` package\'s `ldapEscape.filter` template tag, helpers named for LDAP escaping', JS_CONSTANTS, 'numbers (`Number()`, `parseInt()`)', 'configuration (`process.env`, `config.…`) formatted in', JS_CHECK] },
  }),
  meta({
    id: 'python/nosql-injection', title: 'MongoDB filter a client can rewrite', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'A JSON body can hold an object where the code expects text: `{"username": {"$ne": null}}` turns `find_one({"username": …})` into "any user", so a login, invite or reset-token check passes without the secret (NoSQL operator injection, CWE-943). A `$where` clause built from request text is JavaScript the database runs. Convert or validate values before they reach a filter.',
    examples: { bad: '@app.post("/api/login")\ndef login():\n    payload = request.get_json()\n    user = db.users.find_one({"username": payload["username"], "active": True})\n', good: '@app.post("/api/login")\ndef login():\n    payload = request.get_json()\n    user = db.users.find_one({"username": str(payload["username"]), "active": True})\n' },
    flow: { sources: ['request data that can hold an object: `request.json`/`get_json()`, DRF `request.data`, Falcon `media` (not `request.args`/`.form`, which are text)', 'any request text for `$where`', PROPAGATION, 'dict entries written after the dict (`query["status"] = …`)'], sinks: ['pymongo/motor `find`/`find_one`/`find_one_and_*`/`update_*`/`delete_*`/`replace_one`/`count_documents`/`distinct` filters and an `aggregate` pipeline\'s `$match`: a field matched on the value as sent', 'a `$where` clause built from request text (critical)'], sanitizers: ['`str()`/`int()`/`ObjectId()` and any call or method on the value', '`isinstance(x, str)` checks', PY_CONSTANTS, PY_CHECK] },
  }),
  meta({
    id: 'js/nosql-injection', title: 'MongoDB filter a client can rewrite', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'A JSON body, or a query string parsed by `qs` (Express\'s default), can hold an object where the code expects text: `{"token": {"$ne": null}}` turns `findOne({ token })` into "any document", so a login or reset-token check passes without the secret (NoSQL operator injection, CWE-943). A `$where` clause built from request text is JavaScript the database runs. Convert or validate values before they reach a filter.',
    examples: { bad: "router.post('/reset', async (req, res) => {\n  const { token } = req.body\n  const record = await ResetToken.findOne({ token, usedAt: null })\n})\n", good: "router.post('/reset', async (req, res) => {\n  const token = String(req.body.token)\n  const record = await ResetToken.findOne({ token, usedAt: null })\n})\n" },
    flow: { sources: ['request data that can hold an object: `req.body`, `req.query` (qs), `await request.json()`, `ctx.request.body`, h3 `readBody`/`getQuery`, NestJS `@Body()`/`@Query()` typed by no validated class (an interface, an inline type, `string`), NestJS service parameters typed by an interface declared in the file (not route parameters, headers, cookies or `searchParams.get()`, which are text)', 'any request text for `$where`', PROPAGATION, 'fields set on a filter object after it is made (`filter.status = …`)'], sinks: ['MongoDB driver and Mongoose `find`/`findOne`/`findOneAnd*`/`updateOne`/`updateMany`/`deleteOne`/`deleteMany`/`replaceOne`/`countDocuments`/`count`/`exists`/`distinct` filters and an `aggregate` pipeline\'s `$match`: a field matched on the value as sent', 'a `$where` clause built from request text (critical)'], sanitizers: ['`String()`/`Number()`/`new ObjectId()` and any call or method on the value (`email.toLowerCase()`)', '`typeof x === \'string\'` checks', 'schema validation (zod, class-validator DTOs)', 'ORM calls with `where` options (Sequelize, TypeORM, Prisma)', JS_CONSTANTS, JS_CHECK] },
  }),
  meta({
    id: 'python/regex-injection', title: 'Regular expression from request data', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'A pattern the client writes can take exponential time to match (`(a+)+$` against a long line), which ties up a worker per request (ReDoS, CWE-730/1333), and `.*` turns a search for one value into a match on all. Escape what the user typed with `re.escape`, or match user-written patterns with a linear-time engine.',
    examples: { bad: '@bp.get("/grep")\ndef grep():\n    pattern = re.compile(request.args["pattern"])\n    return jsonify([line for line in lines() if pattern.search(line)])\n', good: '@bp.get("/grep")\ndef grep():\n    pattern = re.compile(re.escape(request.args["pattern"]))\n    return jsonify([line for line in lines() if pattern.search(line)])\n' },
    flow: { sources: [PY_REQUEST, PROPAGATION], sinks: ['`re`/`regex` `compile`/`search`/`match`/`fullmatch`/`findall`/`finditer`/`sub`/`subn`/`split` (the pattern)', 'a MongoDB filter\'s `$regex`'], sanitizers: ['`re.escape`, helpers named for regex escaping', PY_CONSTANTS, 'numbers', PY_CHECK] },
  }),
  meta({
    id: 'js/regex-injection', title: 'Regular expression from request data', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'A pattern the client writes can take exponential time to match (`(a+)+$` against a long line), which blocks the event loop for every other request (ReDoS, CWE-730/1333), and `.*` turns a search for one value into a match on all. Escape what the user typed, or match user-written patterns with a linear-time engine (`re2`).',
    examples: { bad: "router.get('/logs/grep', async (req, res) => {\n  const re = new RegExp(req.query.pattern, 'm')\n  res.json(lines.filter((line) => re.test(line)))\n})\n", good: "router.get('/logs/grep', async (req, res) => {\n  const re = new RegExp(_.escapeRegExp(req.query.pattern), 'm')\n  res.json(lines.filter((line) => re.test(line)))\n})\n" },
    flow: { sources: [JS_REQUEST, PROPAGATION], sinks: ['`new RegExp(pattern)`/`RegExp(pattern)`', 'a MongoDB filter\'s `$regex`'], sanitizers: ['lodash `escapeRegExp`, `escape-string-regexp`, `RegExp.escape`, helpers named for regex escaping, the `.replace(/[.*+?^${}()|[\\]\\\\]/g, \'\\\\$&\')` idiom', JS_CONSTANTS, 'numbers', JS_CHECK, 'browser-only data (a page can only stall itself)'] },
  }),
  meta({
    id: 'python/trust-boundary', title: 'Request data stored in the session', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'The session is read back on later requests as the server\'s own word: who the user is, their role, their tenant, what they paid. Storing a value the client sent there as sent (`session["role"] = request.form["role"]`) lets the client write that word itself (trust boundary violation, CWE-501). Store what the server looked up or checked, not what the request says.',
    examples: { bad: '@bp.post("/switch-org")\ndef switch_org():\n    session["org_id"] = request.form["org_id"]\n    return redirect("/")\n', good: '@bp.post("/switch-org")\ndef switch_org():\n    membership = Membership.query.filter_by(user_id=current_user.id, org_id=request.form["org_id"]).first_or_404()\n    session["org_id"] = membership.org_id\n    return redirect("/")\n' },
    flow: { sources: [PY_REQUEST, 'request data converted (`int()`, `str()`), compared (`request.args.get("admin") == "1"`) or defaulted (`or`), in a dict or list literal, through assignments, destructuring and loops'], sinks: ['Flask/Quart `session[...] = …`, Django and Starlette `request.session[...] = …` (also nested keys), `session.update(…)`/`setdefault(…)`'], sanitizers: ['values the server made or looked up (a record found with the request\'s id, the user `authenticate()` returned, `secrets.token_*()`)', PY_CONSTANTS, PY_CHECK, PREFERENCES, 'request-scoped objects (`g`), reads and clears of the session', 'test code'] },
  }),
  meta({
    id: 'js/trust-boundary', title: 'Request data stored in the session', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'The session is read back on later requests as the server\'s own word: who the user is, their role, whether they passed MFA, what is in their cart at which price. Storing a value the client sent there as sent (`req.session.userId = req.body.accountId`) lets the client write that word itself (trust boundary violation, CWE-501). Store what the server looked up or checked, not what the request says.',
    examples: { bad: "router.post('/switch-account', (req, res) => {\n  req.session.userId = req.body.accountId\n  res.redirect('/')\n})\n", good: "router.post('/switch-account', async (req, res) => {\n  const account = await Account.findOne({ where: { id: String(req.body.accountId), ownerId: req.session.userId } })\n  if (!account) return res.sendStatus(404)\n  req.session.accountId = account.id\n  res.redirect('/')\n})\n" },
    flow: { sources: [JS_REQUEST, 'request data converted (`String()`, `Number()`), compared (`ctx.query.admin === \'true\'`) or defaulted (`??`, `||`), in object and array literals or spread (`{ ...req.session.x, ...req.body }`), through assignments, destructuring and loops'], sinks: ['express-session and cookie-session `req.session.x = …` (also nested and computed keys), Koa `ctx.session.x = …` and `ctx.session = …`'], sanitizers: ['values the server made or looked up (a record found with the request\'s id, `crypto.randomBytes()`)', JS_CONSTANTS, JS_CHECK, PREFERENCES, 'request-scoped objects (`ctx.state`, `res.locals`), reads, `regenerate`/`destroy`', 'test code'] },
  }),
  meta({
    id: 'python/mass-assignment', title: 'Whole request bound onto a model', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Creating or updating a record from the request as sent (`User.objects.create(**request.POST.dict())`, `Model(**request.json)`, a `setattr` loop over the body) saves every key the client sends, not only the ones the form shows: `is_staff`, `role`, `balance`, another account\'s id (mass assignment, CWE-915). Bind named fields, or a schema\'s output that lists them.',
    examples: { bad: '@bp.put("/account")\n@login_required\ndef update_account():\n    for key, value in request.get_json().items():\n        setattr(current_user, key, value)\n    db.session.commit()\n', good: '@bp.put("/account")\n@login_required\ndef update_account():\n    data = AccountUpdate.model_validate(request.get_json())\n    current_user.display_name = data.display_name\n    db.session.commit()\n' },
    flow: { sources: ['the request\'s mappings as sent: `request.json`/`get_json()`, `.form`, `.args`, `.values`, Django `request.POST`/`.GET`/`json.loads(request.body)`, DRF `request.data`, Starlette `await request.json()`/`form()`, a sub-object of one (`payload["user"]`, `request.data.get("invites")`), `.dict()`/`.to_dict()`/`.copy()`/`dict()` of one, and handler parameters typed `dict`/`Any`; through assignments and loops'], sinks: ['`**mapping` into Django manager and queryset writes (`objects.create`/`update`/`get_or_create`/`update_or_create`, `create_user`), SQLAlchemy and peewee query `update`/`insert`', 'a model class called with `**mapping` whose result is saved (`session.add(obj)`, `obj.save()`)', 'SQLAlchemy `query.filter…(…).update(mapping)`, `insert(table).values(mapping)`', '`obj.__dict__.update(mapping)`/`vars(obj).update(…)` and `setattr(obj, key, value)` in a loop over the mapping\'s keys, in a function that commits or saves'], sanitizers: ['named fields (`Profile(display_name=data["display_name"])`)', 'schema output: pydantic `model_validate`/`model_dump`, marshmallow `load`, a DRF serializer, a Django `ModelForm` (their field lists decide)', 'dicts and objects that are not saved (`filters.update(params)`)', 'test code'] },
  }),
  meta({
    id: 'js/mass-assignment', title: 'Whole request bound onto a model', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Creating or updating a record from the request as sent (`User.create(req.body)`, `Object.assign(user, req.body)`, `prisma.user.update({ data: body })`) saves every key the client sends, not only the ones the form shows: `role`, `isAdmin`, `balance`, `ownerId` (mass assignment, CWE-915). Bind named fields, or a strict schema\'s output.',
    examples: { bad: "router.put('/me', requireLogin, async (req, res) => {\n  res.json(await User.findByIdAndUpdate(req.session.userId, req.body, { new: true }))\n})\n", good: "router.put('/me', requireLogin, async (req, res) => {\n  const { displayName, bio } = req.body\n  res.json(await User.findByIdAndUpdate(req.session.userId, { displayName: String(displayName), bio: String(bio) }, { new: true }))\n})\n" },
    flow: { sources: ['the request\'s mappings as sent: `req.body`, `req.query`, `ctx.request.body`, `await request.json()`, `c.req.json()`, h3 `readBody(event)`, NestJS `@Body()` typed `any`/`Record`/`Partial<…>` or untyped, a sub-object of one (`req.body.settings`), a copy or spread of one (`{ ...req.body, ownerId }`, `Object.assign({}, req.body)`); through assignments, destructuring and loops'], sinks: ['Mongoose, Sequelize and MongoDB model writes: `create`/`insertMany`/`bulkCreate`/`build`/`upsert`/`insertOne`, `findByIdAndUpdate`/`findOneAndUpdate`/`updateOne`/`updateMany`/`replaceOne` (also `{ $set: body }`), Sequelize `Model.update(values, { where })`', '`new Model(body)` that is saved', 'a loaded record: Sequelize `record.update(body)`, Mongoose `record.set(body)` then saved, `Object.assign(record, body)` then saved, MikroORM `wrap(record).assign(body)`', 'Prisma `create`/`update`/`upsert`/`createMany`/`updateMany` `data`', 'TypeORM repositories and managers: `merge(entity, body)`, `create`/`save`/`insert`/`upsert`/`preload(body)`, `update(criteria, body)`', 'knex `update`/`insert`, drizzle `update(t).set(body)`/`insert(t).values(body)`'], sanitizers: ['named fields (`{ name: req.body.name }`), `_.pick`', 'schema output (zod `parse`/`safeParse`, Joi, class-validator DTO classes)', 'plain objects that are not saved (`Object.assign({}, DEFAULTS, req.query)`)', 'test code'] },
  }),
]
