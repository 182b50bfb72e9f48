// corpus: path=src/integrations/webhooks.js
const got = require('got')

const ALLOWED_HOOK_HOSTS = ['hooks.slack.com', 'discord.com', 'outlook.office.com']

async function testWebhook(req, res) {
  const { url } = req.body
  const parsed = new URL(url)
  if (parsed.protocol !== 'https:' || !ALLOWED_HOOK_HOSTS.includes(parsed.hostname)) {
    return res.status(400).json({ error: 'unsupported_webhook_host' })
  }
  const response = await got.post(parsed.href, { json: { event: 'ping', at: Date.now() }, timeout: { request: 5000 } }) // ok: ssrf
  res.json({ status: response.statusCode })
}

module.exports = { testWebhook }
