const { App } = require('@slack/bolt')
const { Pool } = require('pg')

const pg = new Pool()

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
})

app.command('/oncall', async ({ command, ack, respond }) => {
  await ack()
  const { rows } = await pg.query('SELECT name, phone FROM oncall WHERE team = $1 AND now() BETWEEN starts_at AND ends_at', [command.text.trim()])
  await respond(rows.length ? `${rows[0].name} (${rows[0].phone})` : 'Nobody is on call')
})

;(async () => {
  await app.start(Number(process.env.PORT || 3000))
})()
