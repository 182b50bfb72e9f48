// corpus: path=scripts/deploy-hook.js
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

http
  .createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      if (!verify(req, body)) {
        res.writeHead(401)
        return res.end()
      }
      const payload = JSON.parse(body)
      const app = payload.repository?.name
      if (!APPS.has(app)) {
        res.writeHead(404)
        return res.end()
      }
      execFileSync('/opt/deploy/deploy.sh', [app, payload.after], { stdio: 'inherit' }) // ok: command-injection
      execSync(`/opt/deploy/notify.sh "${payload.head_commit.message}"`) // expect: command-injection
      res.writeHead(202)
      res.end()
    })
  })
  .listen(9000)
