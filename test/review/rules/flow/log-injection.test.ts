/**
 * Request text written into a log line (CWE-117), strict profile: the client's text formatted into
 * the message, with the look-alikes that cannot carry a line break (numbers, `%r`/`!r`, escaped or
 * replaced line breaks, JSON, structured fields, collections, scripts).
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const PY = { path: 'app/accounts/views.py' }
const JS = { path: 'src/routes/auth.js' }
const PY_HEAD = 'import logging\nfrom flask import request\nlogger = logging.getLogger(__name__)\n\n@app.get("/search")\ndef search():\n    q = request.args.get("q", "")\n'

testRule(registered('python/log-injection'), {
  valid: [
    { ...PY, code: `${PY_HEAD}    logger.info("search query %r", q)\n` },
    // the connection's peer address, which the WSGI server wrote from the socket
    { ...PY, code: 'import logging\nlogger = logging.getLogger(__name__)\n\ndef archive(request):\n    logger.error("archiving refused for IP {}".format(request.META["REMOTE_ADDR"]))\n    logger.warning(f"key from {request.META.get(\'REMOTE_ADDR\')}")\n' },
    { ...PY, code: `${PY_HEAD}    logger.info(f"search query {q!r}")\n` },
    { ...PY, code: `${PY_HEAD}    cleaned = q.replace("\\r", "").replace("\\n", " ")\n    logger.info("search for %s", cleaned)\n` },
    { ...PY, code: `${PY_HEAD}    logger.debug("search params %s", json.dumps(request.args))\n` },
    { ...PY, code: `${PY_HEAD}    logger.info("search for %s" % q.encode("unicode_escape").decode("ascii"))\n` },
    { ...PY, code: `${PY_HEAD}    logger.info("search", extra={"query": q})\n` },
    { ...PY, code: `${PY_HEAD}    page = int(request.args.get("page", "1"))\n    logger.info(f"page {page}")\n` },
    { ...PY, code: `${PY_HEAD}    logger.info("fields: %s", sorted(request.args.getlist("f")))\n` },
    { path: 'scripts/sync.py', code: `${PY_HEAD}    logger.info(f"search {q}")\n` },
    // The text as a `%s` argument: left to the strict profile's python/log-injection-argument.
    { ...PY, code: `${PY_HEAD}    logger.warning("search for %s", q)\n` },
    // A logger of any name, with the text logged as its repr; and an object that only shares a logger's method names.
    { ...PY, code: 'import logging\nfrom flask import request\naudit = logging.getLogger("audit")\n\n@app.post("/d")\ndef d():\n    audit.info("delete by %r", request.headers.get("X-User"))\n' },
    { ...PY, code: 'from flask import request\n\n@app.post("/d")\ndef d():\n    audit.info(f"delete by {request.headers.get(\'X-User\')}")\n' },
  ],
  invalid: [
    // the client's own headers, forwarded addresses included
    { ...PY, code: 'import logging\nlogger = logging.getLogger(__name__)\n\ndef archive(request):\n    logger.error("archiving refused for IP {}".format(request.META["HTTP_X_FORWARDED_FOR"]))\n', findings: [{ line: 5 }] },
    // A logger bound under a name of its own (`audit = logging.getLogger("audit")`, structlog's `get_logger()`).
    { ...PY, code: 'import logging\nfrom flask import request\naudit = logging.getLogger("audit")\n\n@app.post("/d")\ndef d():\n    audit.info("delete by %s" % request.headers.get("X-User"))\n', findings: [{ line: 7 }] },
    { ...PY, code: 'import structlog\nfrom flask import request\nevents = structlog.get_logger()\n\n@app.post("/d")\ndef d():\n    events.warning(f"delete by {request.args.get(\'user\')}")\n', findings: [{ line: 7 }] },
    { ...PY, code: `${PY_HEAD}    logger.info(f"search for {q}")\n`, findings: [{ line: 8, message: /forges a log record/ }] },
    { ...PY, code: `${PY_HEAD}    logger.info("search for " + q)\n`, findings: [{ line: 8 }] },
    // another codec keeps the line break
    { ...PY, code: `${PY_HEAD}    logger.info("search for " + q.encode("utf-8").decode())\n`, findings: [{ line: 8 }] },
  ],
})

testRule(registered('js/log-injection'), {
  valid: [
    { ...JS, code: "router.post('/login', (req, res) => {\n  logger.warn('failed login', { email: req.body.email })\n})" },
    { ...JS, code: "router.get('/i/:code', (req, res) => {\n  logger.info(`invite ${JSON.stringify(req.params.code)}`)\n})" },
    { ...JS, code: "router.get('/i/:code', (req, res) => {\n  const code = req.params.code.replace(/[\\r\\n]/g, '')\n  logger.info(`invite ${code}`)\n})" },
    { ...JS, code: "router.get('/i', (req, res) => {\n  const page = parseInt(req.query.page, 10) || 1\n  console.log(`page ${page}`)\n})" },
    { path: 'scripts/sync.js', code: "const since = process.argv[2]\nconsole.log(`syncing since ${since}`)" },
    // A further argument: left to the strict profile's js/log-injection-argument.
    { ...JS, code: "router.post('/login', (req, res) => {\n  console.log('login attempt for', req.body.email)\n})" },
    // A lookup that throws on a miss let through only a key a stored record has.
    { ...JS, code: "router.post('/hooks/:id/redeliver', async (req, res) => {\n  const hook = await hooks.findOneOrFail(req.params.id)\n  logger.info(`redelivered ${req.params.id}`)\n})" },
    { ...JS, code: "router.delete('/users/:id', async (req, res) => {\n  const { id } = req.params\n  await prisma.user.findUniqueOrThrow({ where: { id } })\n  console.log(`deleting user ${id}`)\n})" },
    { ...JS, code: "router.delete('/users/:id', async (req, res) => {\n  const user = await User.findById(req.params.id)\n  if (!user) return res.sendStatus(404)\n  console.log(`deleting user ${req.params.id}`)\n})" },
  ],
  invalid: [
    { ...JS, code: "router.post('/login', (req, res) => {\n  console.log(`login attempt for ${req.body.email}`)\n})", findings: [{ line: 2 }] },
    { ...JS, code: "router.post('/login', (req, res) => {\n  logger.warn('failed login for ' + req.body.email)\n})", findings: [{ line: 2 }] },
    // A lookup that finds nothing to throw on leaves the key as the client sent it, and the failure path logs it.
    { ...JS, code: "router.get('/files/:id', async (req, res) => {\n  const file = await files.findById(req.params.id)\n  if (!file) console.warn(`unknown file ${req.params.id}`)\n})", findings: [{ line: 3 }] },
    { ...JS, code: "router.get('/files/:id', async (req, res) => {\n  await files.findOrFail(req.query.owner)\n  console.warn(`file ${req.params.id}`)\n})", findings: [{ line: 3 }] },
    // A pino logger made in the file, whatever its name.
    { ...JS, code: "const audit = pino({ name: 'audit' })\nrouter.get('/f/:name', (req, res) => {\n  audit.info(`download of ${req.params.name}`)\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('python/log-injection-argument'), {
  valid: [
    { ...PY, code: `${PY_HEAD}    logger.info("search query %r", q)\n` },
    { ...PY, code: `${PY_HEAD}    logger.info("account %s searched", request.user.pk)\n` },
    // the id and receipt handle SQS gives a received message are its own, not the producer's
    { path: 'app/workers/ingest.py', code: 'import logging\nimport boto3\n\nlog = logging.getLogger(__name__)\nsqs = boto3.client("sqs")\n\ndef poll(url):\n    for message in sqs.receive_message(QueueUrl=url).get("Messages", []):\n        log.info("received %s", message.get("MessageId"))\n        log.info("handle %s", message["ReceiptHandle"])\n' },
    // the rows an Airflow hook returns for a query bound with the run's conf are the table's, not the conf's text
    { path: 'dags/exports.py', code: 'import logging\nfrom airflow.providers.postgres.hooks.postgres import PostgresHook\n\nlog = logging.getLogger(__name__)\n\ndef count(**context):\n    conf = context["dag_run"].conf or {}\n    hook = PostgresHook(postgres_conn_id="wh")\n    rows = hook.get_records("SELECT count(*) FROM log WHERE customer = %s", parameters=(conf.get("customer"),))\n    log.info("rows so far: %s", rows[0][0])\n' },
  ],
  invalid: [
    { ...PY, code: `${PY_HEAD}    logger.warning("search for %s", q)\n`, findings: [{ line: 8 }] },
    { path: 'app/workers/ingest.py', code: 'import json\nimport logging\nimport boto3\n\nlog = logging.getLogger(__name__)\nsqs = boto3.client("sqs")\n\ndef poll(url):\n    for message in sqs.receive_message(QueueUrl=url).get("Messages", []):\n        log.info("job for %s", json.loads(message["Body"])["user"])\n', findings: [{ line: 10, message: /receive_message\(/ }] },
    { path: 'dags/exports.py', code: 'import logging\n\nlog = logging.getLogger(__name__)\n\ndef count(**context):\n    conf = context["dag_run"].conf or {}\n    log.info("export for %s", conf.get("customer"))\n', findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/log-injection-argument'), {
  valid: [{ ...JS, code: "router.post('/login', (req, res) => {\n  console.log('login attempt for', JSON.stringify(req.body.email))\n})" }],
  invalid: [{ ...JS, code: "router.post('/login', (req, res) => {\n  console.log('login attempt for', req.body.email)\n})", findings: [{ line: 2 }] }],
})

// A callback handed to a helper of the file receives what the helper calls it with: request items the helper walks reach
// the callback's parameter, while a helper that hands on only allow-listed values, or constants, keeps it quiet.
const TS_HANDLER = "import type { Request, Response } from 'express'\nimport { logger } from './logger'\n\n"
testRule(registered('js/log-injection'), {
  valid: [
    { path: 'src/audit.ts', code: `${TS_HANDLER}const KNOWN = new Set(['stripe', 'github'])\n\nfunction eachSource(req: Request, handle: (s: string) => void) {\n  for (const s of String(req.query.sources ?? '').split(',')) {\n    if (KNOWN.has(s)) handle(s)\n  }\n}\n\nexport function audit(req: Request, res: Response) {\n  eachSource(req, (source) => {\n    logger.warn('webhook from ' + source)\n  })\n  res.sendStatus(202)\n}` },
    { path: 'src/audit.ts', code: `${TS_HANDLER}function eachRegion(handle: (r: string) => void) {\n  for (const r of ['eu', 'us']) handle(r)\n}\n\nexport function audit(req: Request, res: Response) {\n  eachRegion((region) => {\n    logger.info('flushing ' + region)\n  })\n  res.sendStatus(202)\n}` },
  ],
  invalid: [
    { path: 'src/audit.ts', code: `${TS_HANDLER}function eachSource(req: Request, handle: (s: string) => void) {\n  for (const s of String(req.query.sources ?? '').split(',')) handle(s)\n}\n\nexport function audit(req: Request, res: Response) {\n  eachSource(req, (source) => {\n    logger.warn('webhook from ' + source)\n  })\n  res.sendStatus(202)\n}`, findings: [{ line: 10, message: /req\.query/ }] },
    { path: 'src/notes.js', code: "const logger = require('./logger')\n\nfunction withTitle(body, done) {\n  done(body.title)\n}\n\nrouter.post('/notes', (req, res) => {\n  withTitle(req.body, function (title) {\n    logger.info(`note created: ${title}`)\n  })\n  res.sendStatus(201)\n})", findings: [{ line: 9 }] },
  ],
})

// After a lookup that found its record, the key it matched on is one the system holds: no line break the client chose.
testRule(registered('python/log-injection'), {
  valid: [
    'import logging\nfrom flask import abort, request\nlog = logging.getLogger(__name__)\n@app.post("/login")\ndef login():\n    email = request.form["email"]\n    user = User.query.filter_by(email=email).first()\n    if user is None:\n        abort(404)\n    log.info(f"login for {email}")\n    return "ok"',
  ],
  invalid: [
    { code: 'import logging\nfrom flask import abort, request\nlog = logging.getLogger(__name__)\n@app.post("/login")\ndef login():\n    email = request.form["email"]\n    user = User.query.filter_by(email=email).first()\n    if user is None:\n        log.info(f"unknown user {email}")\n        abort(404)\n    return "ok"', findings: [{ line: 9 }] },
  ],
})
