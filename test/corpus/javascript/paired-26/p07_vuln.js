// corpus: path=src/integrations/webhooks.js
const got = require('got')

async function testWebhook(req, res) {
  const { url } = req.body
  const response = await got.post(url, { json: { event: 'ping', at: Date.now() }, timeout: { request: 5000 } }) // expect: ssrf
  res.json({ status: response.statusCode })
}

module.exports = { testWebhook }
