// corpus: path=src/routes/webhooks.js
const express = require('express')
const crypto = require('crypto')
const { exec, execFile } = require('child_process')
const { Webhooks } = require('@octokit/webhooks')
const knex = require('../db/knex')

const router = express.Router()
const github = new Webhooks({ secret: process.env.GITHUB_WEBHOOK_SECRET })

function verifySlack(req) {
  const ts = req.get('x-slack-request-timestamp')
  const base = `v0:${ts}:${req.rawBody}`
  const mac = 'v0=' + crypto.createHmac('sha256', process.env.SLACK_SIGNING_SECRET).update(base).digest('hex')
  const sig = req.get('x-slack-signature') || ''
  return sig.length === mac.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(mac))
}

function bearerMatches(header) {
  const expected = Buffer.from(`Bearer ${process.env.STATUSPAGE_TOKEN}`)
  const given = Buffer.from(header || '')
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

// The signature shows GitHub sent the push; the branch name in it was typed by whoever pushed,
// and anyone who can open a pull request can choose it.
router.post('/github', express.text({ type: 'application/json' }), async (req, res) => {
  const ok = await github.verify(req.body, req.get('x-hub-signature-256'))
  if (!ok) return res.sendStatus(401)
  const event = JSON.parse(req.body)
  if (req.get('x-github-event') === 'push') {
    const branch = event.ref.replace('refs/heads/', '')
    exec(`./deploy/preview.sh ${branch}`, { cwd: '/srv/previews' }) // expect: command-injection
    execFile('./deploy/preview.sh', [branch], { cwd: '/srv/previews' }) // ok: command-injection
  }
  if (req.get('x-github-event') === 'issues') {
    await knex.raw(`INSERT INTO issues (number, title) VALUES (${event.issue.number}, '${event.issue.title}')`) // expect: sql-injection
    await knex('issues').insert({ number: event.issue.number, title: event.issue.title }).onConflict('number').merge() // ok: sql-injection
  }
  res.sendStatus(202)
})

router.post('/slack/commands', express.urlencoded({ extended: false, verify: (req, _res, buf) => { req.rawBody = buf } }), async (req, res) => {
  if (!verifySlack(req)) return res.sendStatus(401)
  const { command, text, user_id: userId } = req.body
  if (command === '/lookup') {
    const rows = await knex.raw(`SELECT name, status FROM customers WHERE name ILIKE '%${text}%' LIMIT 5`) // expect: sql-injection
    return res.json({ response_type: 'ephemeral', text: rows.rows.map((r) => `${r.name}: ${r.status}`).join('\n') })
  }
  if (command === '/status') {
    const rows = await knex('customers').select('name', 'status').whereILike('name', `%${text}%`).limit(5) // ok: sql-injection
    return res.json({ response_type: 'ephemeral', text: rows.map((r) => `${r.name}: ${r.status}`).join('\n') })
  }
  if (command === '/whoami') {
    const row = await knex('slack_users').where({ slack_id: userId }).first()
    return res.json({ text: row ? `You are ${row.email}` : 'Not linked' })
  }
  res.json({ text: 'Unknown command' })
})

// No signature check at all: anyone who finds the URL can post here.
router.post('/statuspage', express.json(), async (req, res) => {
  const { component, status } = req.body
  await knex.raw(`UPDATE components SET status = '${status}' WHERE name = '${component}'`) // expect: sql-injection
  res.sendStatus(204)
})

router.post('/statuspage/v2', express.json(), async (req, res) => {
  if (!bearerMatches(req.get('authorization'))) return res.sendStatus(401)
  const { component, status } = req.body
  await knex('components').where({ name: component }).update({ status: String(status) }) // ok: sql-injection
  res.sendStatus(204)
})

// Parsed without stripe.webhooks.constructEvent: the body is whatever the caller posted.
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const event = JSON.parse(req.body.toString())
  if (event.type === 'checkout.session.completed') {
    const { orderId } = event.data.object.metadata
    await knex.raw(`UPDATE orders SET status = 'paid' WHERE id = ${orderId}`) // expect: sql-injection
  }
  res.sendStatus(200)
})

module.exports = router
