#!/usr/bin/env node
const http = require('node:http')
const { execFileSync, execSync } = require('node:child_process')
const crypto = require('node:crypto')

const SECRET = process.env.DEPLOY_HOOK_SECRET
const APPS = new Set(['web', 'api', 'worker'])

function verify(req, body) {
  const sig = req.headers['x-hub-signature-256'] || ''
  const expected = 'sha256=' + crypto.createHmac('sha256', SECRET).update(body).digest('hex')
  return sig.length === expected.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected))
}
