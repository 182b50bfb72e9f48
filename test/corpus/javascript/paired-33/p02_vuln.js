// corpus: path=src/integrations/webhook-sender.js
const axios = require('axios')

class WebhookSender {
  constructor(endpoint, secret) {
    this.endpoint = endpoint
    this.secret = secret
  }

  async send(event) {
    const res = await axios.post(this.endpoint, event, { timeout: 5000, headers: { 'x-signature': this.secret } }) // expect: ssrf
    return res.status
  }
}

async function testWebhook(req, res) {
  const sender = new WebhookSender(req.body.endpoint, req.user.webhookSecret)
  const status = await sender.send({ type: 'ping', at: Date.now() })
  res.json({ delivered: status < 300, status })
}

module.exports = { WebhookSender, testWebhook }
