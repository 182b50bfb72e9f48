// corpus: path=src/bot/app.js
const { App } = require('@slack/bolt')
const { Pool } = require('pg')
const { exec, execFile } = require('child_process')

const pg = new Pool()

// Bolt checks the Slack signature on every request, so these come from Slack; what they carry
// (command text, message text, button values) was typed by any member of the workspace.
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
})

app.command('/oncall', async ({ command, ack, respond }) => {
  await ack()
  const { rows } = await pg.query('SELECT name, phone FROM oncall WHERE team = $1 AND now() BETWEEN starts_at AND ends_at', [command.text.trim()])
  await respond(rows.length ? `${rows[0].name} (${rows[0].phone})` : 'Nobody is on call')
})

app.command('/oncall-history', async ({ command, ack, respond }) => {
  await ack()
  const { rows } = await pg.query(`SELECT name, starts_at FROM oncall WHERE team = '${command.text.trim()}' ORDER BY starts_at DESC LIMIT 10`) // expect: sql-injection
  await respond(rows.map((r) => `${r.starts_at.toISOString().slice(0, 10)} ${r.name}`).join('\n'))
})

app.command('/restart', async ({ command, ack, respond }) => {
  await ack()
  exec(`kubectl rollout restart deployment/${command.text}`, (err, stdout) => respond(err ? 'restart failed' : stdout)) // expect: command-injection
})

app.command('/logs', async ({ command, ack, respond }) => {
  await ack()
  const service = command.text.trim()
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(service)) return respond('Unknown service')
  execFile('kubectl', ['logs', '--tail=50', `deployment/${service}`], (err, stdout) => respond(err ? 'no logs' : '```' + stdout + '```')) // ok: command-injection
})

app.action('ack_incident', async ({ body, ack }) => {
  await ack()
  const incidentId = body.actions[0].value
  await pg.query('UPDATE incidents SET acked_by = $1, acked_at = now() WHERE id = $2', [body.user.id, incidentId]) // ok: sql-injection
})

app.message(/^deploy status (.+)$/, async ({ context, say }) => {
  const env = context.matches[1]
  const { rows } = await pg.query(`SELECT version, deployed_at FROM deploys WHERE env = '${env}' ORDER BY deployed_at DESC LIMIT 1`) // expect: sql-injection
  await say(rows.length ? `${env}: ${rows[0].version}` : `No deploys to ${env}`)
})

;(async () => {
  await app.start(Number(process.env.PORT || 3000))
})()
