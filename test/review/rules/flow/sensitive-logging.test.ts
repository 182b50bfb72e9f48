import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/sensitive-logging'), {
  valid: [
    'import logging\nlog = logging.getLogger(__name__)\ndef login(username, password):\n    log.warning("failed login for %s", username)\n',
    // what is logged about a secret, not the secret
    'import logging\nlog = logging.getLogger(__name__)\ndef rotate(new_password):\n    log.info("new password of length %d", len(new_password))\n',
    'import logging\nlogger = logging.getLogger("billing")\nclass C:\n    def __init__(self, api_key):\n        self.api_key = api_key\n        logger.debug("key ending %s", self.api_key[-4:])\n',
    'import logging\nlog = logging.getLogger(__name__)\ndef issued(token):\n    log.info("issued %s token", token.token_type)\n',
    // a workout's or a chat's session id is not a login session
    'import logging\nlogger = logging.getLogger(__name__)\ndef done(session_id):\n    logger.info("processed %s", session_id)\n',
    // a command-line script hands its operator what it made
    { code: 'def main(password):\n    print(f"demo password: {password}")\n', path: 'scripts/create_demo.py' },
    'import json, logging\nlog = logging.getLogger(__name__)\ndef login(username, password):\n    log.debug("attempt %s", json.dumps({"user": username}))\n',
  ],
  invalid: [
    { code: 'import logging\nlog = logging.getLogger(__name__)\ndef login(username, password):\n    log.debug("login user=%s password=%s", username, password)\n', findings: [{ line: 4 }] },
    { code: 'def reset(email, new_password):\n    print(f"resetting password for {email} to {new_password}")\n', findings: [{ line: 2 }] },
    // A logger bound under a name of its own.
    { code: 'import logging\naudit = logging.getLogger("audit")\ndef login(username, password):\n    audit.debug("login user=%s password=%s", username, password)\n', findings: [{ line: 4 }] },
    { code: 'import json, logging\nlog = logging.getLogger(__name__)\ndef login(username, pw):\n    log.debug("attempt %s", json.dumps({"user": username, "password": pw}))\n', findings: [{ line: 4 }] },
    { code: 'import logging\nlogger = logging.getLogger("billing")\nclass C:\n    def __init__(self, api_key):\n        self.api_key = api_key\n        logger.debug("created with key %s", self.api_key)\n', findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/sensitive-logging'), {
  valid: [
    // Serialised, but only what is not a credential; a secret's version id is not the secret.
    "function login(email, password) {\n  logger.debug(`login attempt ${JSON.stringify({ email })}`)\n}",
    "async function load() {\n  const secret = await sm.send(new GetSecretValueCommand({ SecretId: 'prod/stripe' }))\n  console.log('loaded secret version', secret.VersionId)\n}",
    "function login(email, password) {\n  logger.warn({ email }, 'failed login')\n}",
    // the whole body of a request that carries no credential, and a credential route logging a field by name
    { code: "app.post('/api/notes', (req, res) => {\n  logger.debug(`note payload ${JSON.stringify(req.body)}`)\n  res.json(save(req.body.title))\n})", path: 'src/app.ts' },
    { code: "app.post('/api/login', (req, res) => {\n  const { email, password } = req.body\n  logger.info({ email: req.body.email }, 'login attempt')\n  res.json(login(email, password))\n})", path: 'src/app.ts' },
    // A parameter logged whole that carries no credential the function reads, and one logged by its fields.
    { code: "class Orders {\n  create(dto: CreateOrderDto) {\n    this.logger.log(`creating order ${JSON.stringify(dto)}`)\n    return this.repo.insert({ sku: dto.sku, qty: dto.qty })\n  }\n}", path: 'src/orders.service.ts' },
    { code: "class Users {\n  async create(dto: CreateUserDto) {\n    this.logger.log(`creating user ${dto.email}`)\n    return this.repo.insert({ email: dto.email, hash: await hash(dto.password) })\n  }\n}", path: 'src/users.service.ts' },
    "function done(data) {\n  this.logger.log(`got ${data.token_type} token, expires in ${data.expires_in}s`)\n}",
    { code: 'console.log(`Development API key: ${vars.DEV_API_KEY}`)', path: 'scripts/dev.mjs' },
    // A database seed and a docs example hand their operator what they made, on the terminal that ran them.
    { code: "const DEMO_PASSWORD = 'demo-password'\nconsole.log(`Log in with owner@demo.test / ${DEMO_PASSWORD}`)", path: 'prisma/seed.ts' },
    { code: "exports.seed = async (knex) => {\n  const token = randomToken()\n  await knex('api_keys').insert({ hash: sha256(token) })\n  console.log(`seeded key ${token}`)\n}", path: 'db/seeds/01_keys.js' },
    { code: "const hook = await client.webhooks.create({ url })\nconsole.log(`Signing secret: ${hook.secret}`)", path: 'docs/snippets/quickstart.ts' },
    { code: 'print(f"Demo API key: {api_key}")', path: 'examples/create_key.py' },
  ],
  invalid: [
    // Serialising an object does not hide the credential in it.
    { code: "function login(email, password) {\n  logger.debug(`login attempt ${JSON.stringify({ email, password })}`)\n}", findings: [{ line: 2 }] },
    // A Secrets Manager response's SecretString is the secret itself.
    { code: "async function load() {\n  const secret = await sm.send(new GetSecretValueCommand({ SecretId: 'prod/stripe' }))\n  console.log('loaded secret', secret.SecretString)\n}", findings: [{ line: 3 }] },
    // the whole request body logged by a handler that reads a password or token from it
    { code: "app.post('/api/login', (req, res) => {\n  const { email, password } = req.body\n  logger.debug(`login payload ${JSON.stringify(req.body)}`)\n  res.json(login(email, password))\n})", path: 'src/app.ts', findings: [{ line: 3, message: /whole request body.*password/ }] },
    // A DTO the service takes whole, whose password it hashes.
    { code: "class Users {\n  async create(dto: CreateUserDto) {\n    this.logger.log(`creating user ${JSON.stringify(dto)}`)\n    return this.repo.insert({ email: dto.email, hash: await hash(dto.password) })\n  }\n}", path: 'src/users.service.ts', findings: [{ line: 3, message: /`dto` whole.*password/ }] },
    { code: "router.post('/reset', async (ctx) => {\n  console.log(ctx.request.body)\n  await reset(ctx.request.body.newPassword)\n})", path: 'src/routes.ts', findings: [{ line: 2 }] },
    { code: "function login(email, password) {\n  console.log('login', email, password)\n}", findings: [{ line: 2 }] },
    { code: "router.post('/s', (req, res) => {\n  logger.info({ userId: req.user.id, sessionId: req.sessionID }, 'logged in')\n})", findings: [{ line: 2 }] },
    { code: 'function dump() {\n  console.debug(\'config\', { clientId: this.clientId, clientSecret: this.clientSecret })\n}', path: 'src/oauth.ts', findings: [{ line: 2 }] },
    { code: 'function got(data) {\n  this.logger.verbose(`refresh token: ${data.refresh_token}`)\n}', path: 'src/oauth.ts', findings: [{ line: 2 }] },
    // A logger is not the terminal, wherever the code lives; nor is a module merely named for seeding.
    { code: "const hook = await client.webhooks.create({ url })\nlogger.info(`Signing secret: ${hook.secret}`)", path: 'docs/snippets/quickstart.ts', findings: [{ line: 2 }] },
    { code: "export function seedSession(token) {\n  console.log(`seeding session ${token}`)\n}", path: 'src/lib/seed-session.ts', findings: [{ line: 2 }] },
  ],
})

// A field named for a credential holds one, whatever the value's own name.
testRule(registered('python/sensitive-logging'), {
  valid: ['import logging\nlog = logging.getLogger(__name__)\ndef f(token_id):\n    log.info("revoked", extra={"token": token_id})\n'],
  invalid: [
    { code: 'import logging\nlog = logging.getLogger(__name__)\ndef f(pw):\n    log.info("signup", extra={"password": pw})\n', findings: [{ line: 4 }] },
    { code: 'import structlog\nlog = structlog.get_logger()\ndef f(user, token):\n    log.info("login", user=user.id, token=token)\n', findings: [{ line: 4 }] },
  ],
})

// The submitted form or JSON logged whole, when it holds a credential: the request's mapping in a function that reads one
// from it, or a dict built from the request that names a credential key; a redacted copy or one field is not.
testRule(registered('python/sensitive-logging'), {
  valid: [
    'from flask import request\nimport logging\nlog = logging.getLogger(__name__)\n\n@app.post("/signup")\ndef signup():\n    form = {key: request.form[key] for key in ("email", "password")}\n    log.info("signup for %r", form["email"])\n',
    'from flask import request\nimport logging\nlog = logging.getLogger(__name__)\n\n@app.post("/signup")\ndef signup():\n    safe = {k: v for k, v in request.form.items() if k != "password"}\n    log.info("signup: %s", safe)\n',
    'from flask import request\nimport logging\nlog = logging.getLogger(__name__)\n\n@app.post("/signup")\ndef signup():\n    log.info("search: %s", request.args)\n    return find(request.form["password"])\n',
    'from flask import request\nimport logging\nlog = logging.getLogger(__name__)\n\n@app.post("/signup")\ndef signup():\n    data = request.get_json()\n    log.info("payload: %s", data)\n    return create(data["email"])\n',
  ],
  invalid: [
    { code: 'from flask import request\nimport logging\nlog = logging.getLogger(__name__)\n\n@app.post("/signup")\ndef signup():\n    form = {key: request.form[key] for key in ("email", "password", "display_name")}\n    log.info("signup attempt: %s", form)\n', findings: [{ line: 8, message: /holds the submitted `password`/ }] },
    { code: 'from flask import request\nimport logging\nlog = logging.getLogger(__name__)\n\n@app.post("/signup")\ndef signup():\n    log.debug(f"signup payload {request.get_json()}")\n    return create(request.get_json()["email"], request.get_json()["password"])\n', findings: [{ line: 7 }] },
    { code: 'from flask import request\nimport logging\nlog = logging.getLogger(__name__)\n\n@app.post("/signup")\ndef signup():\n    creds = {"user": request.form["user"], "api_key": request.form["api_key"]}\n    log.info("connect %s", json.dumps(creds))\n', findings: [{ line: 8 }] },
  ],
})

testRule(registered('js/sensitive-logging'), {
  valid: ["function f(user, tokenId) {\n  logger.info({ user: user.id, token: tokenId }, 'revoked')\n}"],
  invalid: [{ code: "function f(email, pw) {\n  logger.info({ email, password: pw }, 'signup')\n}", findings: [{ line: 2 }] }],
})

// A payload the function decoded itself, logged as a shorthand field (`{ body }`) while the function reads a credential from it.
testRule(registered('js/sensitive-logging'), {
  valid: [
    "export async function lookup(event) {\n  const body = JSON.parse(event.body)\n  logger.info('guest order lookup', { orderNumber: body.orderNumber })\n  return check(body.orderNumber, body.accessToken)\n}",
    // Nothing read from it is a credential.
    "export async function lookup(event) {\n  const body = JSON.parse(event.body)\n  logger.info('guest order lookup', { body })\n  return find(body.orderNumber, body.postcode)\n}",
  ],
  invalid: [
    { code: "export async function lookup(event) {\n  const body = decodeBody<LookupBody>(event)\n  logger.info('guest order lookup', { body })\n  return check(body.orderNumber, body.accessToken)\n}", path: 'src/handlers/orders.ts', findings: [{ line: 3, message: /accessToken/ }] },
  ],
})

// A one-time code under a plain name (`code`, `otp_value`) that the log message itself names as the code.
const RESET = 'import logging\nimport random\nlog = logging.getLogger(__name__)\n'

testRule(registered('python/sensitive-logging'), {
  valid: [
    `${RESET}def send_code(user):\n    code = "".join(random.choices("0123456789", k=6))\n    log.info("reset code sent to user %s", user.id)\n`,
    // what is known about the code, not the code
    `${RESET}def send_code(user, code):\n    log.info("reset code of length %d for %s", len(code), user.id)\n`,
    `${RESET}def send_code(user, record):\n    log.info("reset code %s issued", record.id)\n`,
    `${RESET}def send_code(user, code):\n    log.info(f"verification code for {user.email} expires at {code.expires_at}")\n`,
    // a status code, an error code: not a one-time secret
    `${RESET}def done(resp):\n    log.info("status code %s", resp.status)\n`,
    `${RESET}def failed(err):\n    log.warning(f"error code {err}")\n`,
  ],
  invalid: [
    { code: `${RESET}def send_code(user):\n    code = "".join(random.choices("0123456789", k=6))\n    log.info("reset code %s sent to user %s", code, user.id)\n`, findings: [{ line: 6, message: /calls the reset code/ }] },
    { code: `${RESET}def send_code(phone, value):\n    log.debug(f"SMS code: {value} -> {phone}")\n`, findings: [{ line: 5 }] },
    { code: `${RESET}def send_code(user, otp_value):\n    log.info("user=%s otp=%s", user.id, otp_value)\n`, findings: [{ line: 5 }] },
  ],
})

// A client's options object logged whole, when its one binding writes a credential into it.
const MAIL = "const nodemailer = require('nodemailer')\nconst log = require('./log')\n"

testRule(registered('js/sensitive-logging'), {
  valid: [
    { code: `${MAIL}const options = { host: process.env.SMTP_HOST, port: 587, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } }\nlog.info({ host: options.host, port: options.port }, 'smtp ready')`, path: 'src/mail.js' },
    { code: `${MAIL}const options = { host: process.env.SMTP_HOST, port: 587, secure: true }\nlog.info({ smtp: options }, 'smtp ready')`, path: 'src/mail.js' },
  ],
  invalid: [
    { code: `${MAIL}const transportOptions = {\n  host: process.env.SMTP_HOST,\n  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n}\nlog.info({ smtp: transportOptions }, 'smtp transport ready')`, path: 'src/mail.js', findings: [{ line: 7, message: /transportOptions.*auth\.pass/ }] },
    { code: `${MAIL}const config = { url: process.env.API_URL, apiKey: process.env.API_KEY }\nconsole.log('client config', config)`, path: 'src/client.js', findings: [{ line: 4 }] },
  ],
})

// Ts.ED's `$log` is a logger like any other.
const TSED_LOG = (fields: string) => `import { $log } from '@tsed/logger'\nimport { BodyParams } from '@tsed/platform-params'\n\nexport class WebhookController {\n  async debug(@BodyParams() body: { url?: string; secret?: string }) {\n    $log.info({ event: 'webhook.debug', ${fields} })\n  }\n}`
testRule(registered('js/sensitive-logging'), {
  valid: [{ path: 'src/controllers/WebhookController.ts', code: TSED_LOG('url: body.url') }],
  invalid: [{ path: 'src/controllers/WebhookController.ts', code: TSED_LOG('url: body.url, secret: body.secret'), findings: [{ line: 6 }] }],
})
