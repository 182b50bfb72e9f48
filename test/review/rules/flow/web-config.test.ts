/**
 * CORS that reflects the caller's origin with credentials (followed through variables), and JS
 * servers that send stack traces to clients; with the look-alikes that must stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('crypto/permissive-cors'), {
  valid: [
    // checked against an allow-list first
    "const ALLOWED = new Set(['https://app.example.com'])\nexport function cors(req: Request, res: Response, next: NextFunction): void {\n  const origin = req.headers.origin\n  if (origin && ALLOWED.has(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin)\n    res.setHeader('Access-Control-Allow-Credentials', 'true')\n  }\n  next()\n}",
    // reflected, but no credentials: the same as `*`
    "app.use((req, res, next) => {\n  res.set('Access-Control-Allow-Origin', req.headers.origin)\n  next()\n})",
    // `*` in a public handler; credentials belong to another handler a few lines down
    "app.get('/embed/config', (req, res) => {\n  res.set('Access-Control-Allow-Origin', '*')\n  res.json({ theme: 'light' })\n})\napp.get('/account', (req, res) => {\n  res.set('Access-Control-Allow-Credentials', 'true')\n  res.json({ user: req.session.id })\n})",
    { code: '@app.after_request\ndef cors(resp):\n    origin = request.headers.get("Origin")\n    if origin in ALLOWED_ORIGINS:\n        resp.headers["Access-Control-Allow-Origin"] = origin\n        resp.headers["Access-Control-Allow-Credentials"] = "true"\n    return resp', path: 'app.py' },
    { code: 'CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)', path: 'app.py' },
    { code: 'from flask_cors import CORS\nCORS(app, supports_credentials=True, origins=r"https://.*\\.example\\.com")', path: 'app.py' },
    // an origin callback that checks
    "app.use(cors({ origin: (origin, cb) => cb(null, !origin || ALLOWED.includes(origin)), credentials: true }))",
    "app.use(cors({ origin: (origin, cb) => cb(null, true) }))",
    "app.use(cors({ origin: /\\.example\\.com$/, credentials: true }))",
  ],
  invalid: [
    { code: "export function corsReflect(req: Request, res: Response, next: NextFunction): void {\n  const origin = req.headers.origin\n  if (origin) {\n    res.setHeader('Access-Control-Allow-Origin', origin)\n    res.setHeader('Access-Control-Allow-Credentials', 'true')\n  }\n  next()\n}", findings: [{ line: 4 }] },
    { code: "app.get('/account', (req: Request, res: Response) => {\n  res.set('Access-Control-Allow-Origin', String(req.headers.origin))\n  res.set('Access-Control-Allow-Credentials', 'true')\n  res.json({})\n})", findings: [{ line: 2 }] },
    { code: '@app.after_request\ndef cors(resp):\n    origin = request.headers.get("Origin", "")\n    resp.headers["Access-Control-Allow-Origin"] = origin\n    resp.headers["Access-Control-Allow-Credentials"] = "true"\n    return resp', path: 'app.py', findings: [{ line: 4 }] },
    { code: 'CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)', path: 'app.py', findings: [{ line: 1 }] },
    { code: 'from flask_cors import CORS\nCORS(app, supports_credentials=True, origins=r".*")', path: 'app.py', findings: [{ line: 2 }] },
    // an origin callback that approves whatever it is asked, typed or not
    { code: "app.enableCors({\n  origin: (origin: string | undefined, cb: (e: Error | null, ok?: boolean) => void) => cb(null, true),\n  credentials: true,\n})", findings: [{ line: 1 }] },
    { code: "app.use(cors({ origin: function (origin, callback) { callback(null, origin) }, credentials: true }))", findings: [{ line: 1 }] },
    { code: "app.use(cors({ origin: /.*/, credentials: true }))", findings: [{ line: 1 }] },
  ],
})

testRule(registered('js/debug-mode'), {
  valid: [
    "const server = new ApolloServer({ typeDefs, resolvers })",
    "const server = new ApolloServer({ typeDefs, resolvers, includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production' })",
    "const errorhandler = require('errorhandler')\nif (process.env.NODE_ENV === 'development') {\n  app.use(errorhandler())\n}",
    // a local error handler that happens to share the name
    "function errorhandler() {\n  return (err, req, res, next) => res.status(500).json({ error: 'internal' })\n}\napp.use(errorhandler())",
    { code: "const errorhandler = require('errorhandler')\napp.use(errorhandler())", path: 'scripts/dev-server.js' },
    // development switches tied to the environment
    "const next = require('next')\nconst app = next({ dev: process.env.NODE_ENV !== 'production' })",
    "app.use((err, req, res, next) => {\n  logger.error({ err, stack: err.stack })\n  res.status(500).json({ error: 'internal' })\n})",
    "app.use((err, req, res, next) => {\n  res.status(500).json({ error: err.message, stack: process.env.NODE_ENV === 'development' ? err.stack : undefined })\n})",
    "app.use((err, req, res, next) => {\n  if (process.env.NODE_ENV !== 'production') return res.status(500).send(err.stack)\n  res.sendStatus(500)\n})",
    "app.use(async (ctx, next) => {\n  try { await next() } catch (err) {\n    ctx.body = { error: err.message, stack: isProd ? undefined : err.stack }\n  }\n})",
    "app.use(async (ctx, next) => {\n  try { await next() } catch (err) {\n    ctx.body = { error: 'internal', hasStack: !!err.stack }\n  }\n})",
    // error masking and the inspector left to the environment, or kept on the loopback interface
    "import { createYoga } from 'graphql-yoga'\nconst yoga = createYoga({ schema, maskedErrors: process.env.NODE_ENV === 'production' })",
    "import { createYoga } from 'graphql-yoga'\nconst yoga = createYoga({ schema, maskedErrors: true })",
    "import inspector from 'node:inspector'\ninspector.open(9229, '127.0.0.1')",
    "import inspector from 'node:inspector'\nif (process.env.NODE_ENV === 'development') {\n  inspector.open(9229, '0.0.0.0')\n}",
    "const server = net.createServer(handler)\nserver.open(9229, '0.0.0.0')",
    // environment tests whose branch stays out of production
    "const errorhandler = require('errorhandler')\nif (process.env.NODE_ENV !== 'production') app.use(errorhandler())",
    "const errorhandler = require('errorhandler')\nif (process.env.NODE_ENV === 'production') {\n  app.use(productionErrors)\n} else {\n  app.use(errorhandler())\n}",
    "const errorhandler = require('errorhandler')\nif ('development' == process.env.NODE_ENV) app.use(errorhandler())",
  ],
  invalid: [
    // an environment test that only keeps it out of test runs, or that puts it in the production branch
    { code: "const errorhandler = require('errorhandler')\nif (process.env.NODE_ENV !== 'test') {\n  app.use(errorhandler())\n}", findings: [{ line: 3 }] },
    { code: "const errorhandler = require('errorhandler')\nif (process.env.NODE_ENV === 'development') {\n  app.use(morgan('dev'))\n} else {\n  app.use(errorhandler())\n}", findings: [{ line: 5 }] },
    { code: "import inspector from 'node:inspector'\nif (process.env.NODE_ENV === 'production') inspector.open(9229, '0.0.0.0')", findings: [{ line: 2 }] },
    { code: "const { ApolloServer } = require('@apollo/server')\nconst server = new ApolloServer({ typeDefs, resolvers, includeStacktraceInErrorResponses: true })", findings: [{ line: 2 }] },
    // the option that is wrong, when the constructor spans lines
    { code: "import { ApolloServer } from 'apollo-server-express'\nconst legacy = new ApolloServer({\n  typeDefs,\n  resolvers,\n  debug: true,\n})", findings: [{ line: 5 }] },
    { code: "import { createYoga } from 'graphql-yoga'\nconst yoga = createYoga({\n  schema,\n  graphqlEndpoint: '/graphql',\n  maskedErrors: false,\n})", findings: [{ line: 5 }] },
    { code: "import inspector from 'node:inspector'\nexport function start() {\n  inspector.open(Number(process.env.INSPECT_PORT ?? 9229), '0.0.0.0')\n}", findings: [{ line: 3 }] },
    { code: "app.use(express.errorHandler({ dumpExceptions: true, showStack: true }))", findings: [{ line: 1 }] },
    { code: "const next = require('next')\nconst app = next({ dev: true })", findings: [{ line: 2 }] },
    { code: "const errorhandler = require('errorhandler')\nasync function start() {\n  const app = express()\n  app.use(errorhandler())\n  return app\n}", findings: [{ line: 4 }] },
    // the V8 inspector on every interface, and GraphQL Yoga with error masking off
    { code: "const inspector = require('inspector')\ninspector.open(9229, '0.0.0.0')", findings: [{ line: 2 }] },
    { code: "import inspector from 'node:inspector'\ninspector.open(9229, '::', true)", findings: [{ line: 2 }] },
    { code: "const { createYoga } = require('graphql-yoga')\nconst yoga = createYoga({\n  schema,\n  maskedErrors: false,\n})", findings: [{ line: 4 }] },
  ],
})

// The inspector left on its loopback default or opened only in development, and Yoga's masking kept or tied to the environment.
testRule(registered('js/debug-mode'), {
  valid: [
    "const inspector = require('inspector')\ninspector.open(9229)",
    "const inspector = require('inspector')\ninspector.open(9229, '127.0.0.1')",
    "const inspector = require('inspector')\nif (process.env.NODE_ENV === 'development') inspector.open(9229, '0.0.0.0')",
    "const { createYoga } = require('graphql-yoga')\nconst yoga = createYoga({ schema, maskedErrors: true })",
    "const { createYoga } = require('graphql-yoga')\nconst yoga = createYoga({ schema, maskedErrors: process.env.NODE_ENV === 'production' })",
    // workers started with the inspector on loopback (a bare port, or 127.0.0.1), and a REPL on the terminal
    "const { fork } = require('child_process')\nfork('worker.js', [], { execArgv: ['--inspect=9230'] })",
    "const { fork } = require('child_process')\nfork('worker.js', [], { execArgv: ['--inspect=127.0.0.1:9230'] })",
    "const { fork } = require('child_process')\nif (process.env.NODE_ENV === 'development') fork('worker.js', [], { execArgv: ['--inspect=0.0.0.0:9230'] })",
    { code: "const { fork } = require('child_process')\nfork('worker.js', [], { execArgv: ['--inspect=0.0.0.0:9230'] })", path: 'src/dev-workers.js' },
    "const repl = require('repl')\nrepl.start({ prompt: 'app> ', input: process.stdin, output: process.stdout })",
    "const repl = require('node:repl')\nconst r = repl.start('app> ')\nr.context.db = db",
  ],
  invalid: [
    // the inspector on every interface passed to forked workers, also from a launcher under scripts/
    { code: "const { fork } = require('child_process')\nfork('worker.js', [], {\n  env: process.env,\n  execArgv: [`--inspect=0.0.0.0:${9230 + i}`],\n})", findings: [{ line: 4 }] },
    { code: "const cluster = require('node:cluster')\ncluster.setupPrimary({ exec: 'worker.js', execArgv: ['--inspect-brk=0.0.0.0:9229'] })", path: 'scripts/start.js', findings: [{ line: 2 }] },
    { code: "const { spawn } = require('child_process')\nspawn(process.execPath, ['--inspect=0.0.0.0:9229', 'server.js'], { stdio: 'inherit' })", findings: [{ line: 2 }] },
    // a REPL served to whoever connects to the port
    { code: "const net = require('net')\nconst repl = require('repl')\nnet.createServer((socket) => {\n  const r = repl.start({ prompt: '> ', input: socket, output: socket })\n  r.context.app = app\n}).listen(5001, '0.0.0.0')", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/error-exposure'), {
  valid: [
    // the stack logged, or sent only in development
    "app.use((err, req, res, next) => {\n  logger.error({ err, stack: err.stack })\n  res.status(500).json({ error: 'internal' })\n})",
    "app.use((err, req, res, next) => {\n  res.status(500).json({ error: err.message, stack: process.env.NODE_ENV === 'development' ? err.stack : undefined })\n})",
    "app.use((err, req, res, next) => {\n  if (process.env.NODE_ENV !== 'production') return res.status(500).send(err.stack)\n  res.sendStatus(500)\n})",
    "app.use(async (ctx, next) => {\n  try { await next() } catch (err) {\n    ctx.body = { error: err.message, stack: isProd ? undefined : err.stack }\n  }\n})",
    "app.use(async (ctx, next) => {\n  try { await next() } catch (err) {\n    ctx.body = { error: 'internal', hasStack: !!err.stack }\n  }\n})",
    // Youch's page registered for development only
    "import Youch from 'youch'\nif (process.env.NODE_ENV === 'development') {\n  app.use(async (err, req, res, next) => {\n    const youch = new Youch(err, req)\n    res.status(500).send(await youch.toHTML())\n  })\n}",
    // a page object of another library
    "app.use(async (err, req, res, next) => {\n  const page = new ErrorPage(err.status)\n  res.status(500).send(await page.toHTML())\n})",
  ],
  invalid: [
    { code: "app.use((err, req, res, next) => {\n  res.status(err.status || 500).json({ error: err.message, stack: err.stack })\n})", findings: [{ line: 2 }] },
    // Youch's report: the stack, the source around each frame and the request's headers and cookies
    { code: "import Youch from 'youch'\napp.use(async (err, req, res, next) => {\n  const html = await new Youch(err, req).toHTML()\n  res.status(500).type('html').send(html)\n})", findings: [{ line: 4 }] },
    { code: "import Youch from 'youch'\napp.use(async (err, req, res, next) => {\n  const youch = new Youch(err, req)\n  res.status(500).json(await youch.toJSON())\n})", findings: [{ line: 4 }] },
    { code: "app.onError((err, c) => c.json({ message: err.message, stack: err.stack }, 500))", findings: [{ line: 1 }] },
    { code: "app.use(async (ctx, next) => {\n  try { await next() } catch (err) {\n    ctx.body = { error: { message: err.message, trace: err.stack } }\n  }\n})", findings: [{ line: 3 }] },
    // Koa's body, a nested field, an HTML page and a split stack are all sent as written
    { code: "app.use((err, req, res, next) => {\n  res.status(500).send(`<h1>Error</h1><pre>${err.stack}</pre>`)\n})", findings: [{ line: 2 }] },
    { code: "app.use((err, req, res, next) => {\n  res.status(500).json({ lines: err.stack.split('\\n') })\n})", findings: [{ line: 2 }] },
  ],
})
