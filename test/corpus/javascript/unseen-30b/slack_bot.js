// corpus: path=src/bot.js
'use strict'

const { App } = require('@slack/bolt')
const mysql = require('mysql2/promise')
const { exec, execFile } = require('child_process')
const { promisify } = require('util')
const axios = require('axios')

const run = promisify(exec)
const runFile = promisify(execFile)

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
})

const db = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'ops',
})

const SERVICES = new Set(['billing', 'search', 'gateway', 'notifier'])
const STATUS_HOSTS = { billing: 'http://billing.internal:9000', search: 'http://search.internal:9200' }

// Anyone in the workspace can type a slash command; its text is theirs.
app.command('/oncall', async ({ command, ack, respond }) => {
  await ack()
  const team = command.text.trim()
  const [rows] = await db.query(`SELECT name, phone FROM oncall WHERE team = '${team}' AND ends_at > NOW()`) // expect: sql-injection
  await respond(rows.length ? rows.map((r) => `${r.name} (${r.phone})`).join('\n') : `Nobody on call for ${team}`)
})

app.command('/incident', async ({ command, ack, respond }) => {
  await ack()
  const [rows] = await db.execute('SELECT id, title, state FROM incidents WHERE title LIKE ? ORDER BY opened_at DESC LIMIT 5', [`%${command.text}%`]) // ok: sql-injection
  await respond(rows.map((r) => `#${r.id} ${r.title} [${r.state}]`).join('\n') || 'No incidents')
})

app.command('/restart', async ({ command, ack, respond }) => {
  await ack()
  const service = command.text.trim()
  if (!SERVICES.has(service)) {
    await respond(`Unknown service. Known: ${[...SERVICES].join(', ')}`)
    return
  }
  const { stdout } = await runFile('kubectl', ['rollout', 'restart', `deployment/${service}`, '-n', 'prod']) // ok: command-injection
  await respond('```' + stdout + '```')
})

app.command('/logs', async ({ command, ack, respond }) => {
  await ack()
  const [service, lines = '50'] = command.text.split(/\s+/)
  const { stdout } = await run(`kubectl logs deployment/${service} -n prod --tail=${lines}`) // expect: command-injection
  await respond('```' + stdout.slice(-3000) + '```')
})

app.command('/health', async ({ command, ack, respond }) => {
  await ack()
  const target = command.text.trim()
  const base = STATUS_HOSTS[target]
  if (!base) {
    await respond('Unknown service')
    return
  }
  const { data } = await axios.get(`${base}/healthz`, { timeout: 3000 }) // ok: ssrf
  await respond(`${target}: ${data.status}`)
})

app.command('/ping', async ({ command, ack, respond }) => {
  await ack()
  const url = command.text.trim()
  const started = Date.now()
  const res = await axios.get(url, { timeout: 5000, validateStatus: () => true }) // expect: ssrf
  await respond(`${url} answered ${res.status} in ${Date.now() - started} ms`)
})

app.message(/^deploy status (\S+)$/, async ({ context, say }) => {
  const service = context.matches[1]
  const [rows] = await db.query('SELECT version, deployed_at FROM deploys WHERE service = ? ORDER BY deployed_at DESC LIMIT 1', [service]) // ok: sql-injection
  await say(rows[0] ? `${service} is at ${rows[0].version}` : `No deploys of ${service}`)
})

app.view('incident_modal', async ({ ack, view, body }) => {
  await ack()
  const title = view.state.values.title.value.value
  const severity = view.state.values.severity.choice.selected_option.value
  await db.query(`INSERT INTO incidents (title, severity, opened_by) VALUES ('${title}', '${severity}', '${body.user.id}')`) // expect: sql-injection
})

;(async () => {
  await app.start(Number(process.env.PORT) || 3000)
  app.logger.info('ops bot running')
})()
