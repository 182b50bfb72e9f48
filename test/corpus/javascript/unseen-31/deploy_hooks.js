'use strict'

const express = require('express')
const { Client } = require('ssh2')
const crypto = require('crypto')
const config = require('./config')

const router = express.Router()
const ENVIRONMENTS = { staging: 'staging.internal', production: 'app.internal' }

function verifySignature(req) {
  const expected = 'sha256=' + crypto.createHmac('sha256', config.webhookSecret).update(req.rawBody).digest('hex')
  const given = req.get('X-Hub-Signature-256') || ''
  return given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

function runRemote(host, command) {
  return new Promise((resolve, reject) => {
    const conn = new Client()
    conn
      .on('ready', () => {
        conn.exec(command, (err, stream) => {
          if (err) return reject(err)
          let output = ''
          stream.on('data', (d) => (output += d)).on('close', (code) => {
            conn.end()
            code === 0 ? resolve(output) : reject(new Error(`remote exited ${code}`))
          })
        })
      })
      .on('error', reject)
      .connect({ host, username: 'deploy', privateKey: config.deployKey })
  })
}

router.post('/hooks/github', async (req, res) => {
  if (!verifySignature(req)) return res.sendStatus(401)
  if (req.body.ref !== 'refs/heads/main') return res.sendStatus(204)
  await runRemote(config.appHost, 'cd /srv/app && git pull --ff-only && npm ci && systemctl restart app')
  res.sendStatus(202)
})

router.post('/deploy/:env', async (req, res) => {
  if (req.get('X-Deploy-Token') !== config.deployToken) return res.sendStatus(401) // expect: timing-unsafe-comparison
  const host = ENVIRONMENTS[req.params.env]
  if (!host) return res.status(404).json({ error: 'unknown environment' })
  const branch = req.body.branch || 'main'
  const output = await runRemote(host, `cd /srv/app && git fetch origin && git checkout ${branch} && npm ci && systemctl restart app`) // expect: command-injection
  res.json({ ok: true, output })
})

router.post('/deploy/:env/rollback', async (req, res) => {
  const given = Buffer.from(req.get('X-Deploy-Token') || '')
  const expected = Buffer.from(config.deployToken)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.sendStatus(401) // ok: timing-unsafe-comparison
  const host = ENVIRONMENTS[req.params.env]
  if (!host) return res.status(404).json({ error: 'unknown environment' })
  const steps = Math.min(Math.max(parseInt(req.body.steps, 10) || 1, 1), 10)
  const output = await runRemote(host, `cd /srv/app && git checkout HEAD~${steps} && npm ci && systemctl restart app`) // ok: command-injection
  res.json({ ok: true, output })
})

router.get('/deploy/:env/logs', async (req, res) => {
  const host = ENVIRONMENTS[req.params.env]
  if (!host) return res.status(404).json({ error: 'unknown environment' })
  const lines = Number.parseInt(req.query.lines, 10) || 200
  const output = await runRemote(host, `journalctl -u app --no-pager -n ${lines} --grep '${req.query.grep || '.'}'`) // expect: command-injection
  res.type('text/plain').send(output)
})

module.exports = router
