'use strict'

const express = require('express')
const { Client } = require('ssh2')
const crypto = require('crypto')
const config = require('./config')

const router = express.Router()

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

module.exports = router
