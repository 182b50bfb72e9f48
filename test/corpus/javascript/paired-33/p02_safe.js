// corpus: path=src/integrations/webhook-sender.js
const axios = require('axios')

const ALLOWED_HOSTS = new Set(['hooks.slack.com', 'discord.com', 'outlook.office.com'])

class WebhookSender {
  constructor(endpoint, secret) {
    const url = new URL(endpoint)
    if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {
      throw new Error('webhook host not allowed')
    }
    this.endpoint = url.href
    this.secret = secret
  }

  async send(event) {
    const res = await axios.post(this.endpoint, event, { timeout: 5000, maxRedirects: 0, headers: { 'x-signature': this.secret } }) // ok: ssrf
    return res.status
  }
}

async function testWebhook(req, res) {
  const sender = new WebhookSender(req.body.endpoint, req.user.webhookSecret)
  const status = await sender.send({ type: 'ping', at: Date.now() })
  res.json({ delivered: status < 300, status })
}

module.exports = { WebhookSender, testWebhook }
