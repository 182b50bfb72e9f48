/**
 * A webhook body the handler authenticated first (an HMAC of the raw body compared with the signature header)
 * was written by the provider that holds the key: a callback URL in it is the provider's, not a client's. A MAC
 * computed but never compared authenticates nothing, and a URL from the query string is still the client's.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const HOOK = { path: 'src/routes/shipping-webhook.ts' }
const HANDLER = (check: string, url: string) =>
  `import crypto from 'node:crypto'\napp.post('/webhooks/shipping', express.raw({ type: 'application/json' }), async (req, res) => {\n  const expected = crypto.createHmac('sha256', process.env.SHIPPING_SECRET!).update(req.body).digest('hex')\n${check}  const event = JSON.parse(req.body.toString('utf8'))\n  await fetch(${url}, { method: 'POST', body: JSON.stringify({ received: event.id }) })\n  res.sendStatus(204)\n})`

testRule(registered('js/ssrf'), {
  valid: [
    { ...HOOK, code: HANDLER("  if (req.get('x-signature') !== expected) return res.sendStatus(401)\n", 'event.callbackUrl') },
    { ...HOOK, code: HANDLER("  const given = Buffer.from(req.get('x-signature') ?? '', 'hex')\n  if (!crypto.timingSafeEqual(given, Buffer.from(expected, 'hex'))) return res.sendStatus(401)\n", 'event.callbackUrl') },
  ],
  invalid: [
    { ...HOOK, code: HANDLER('', 'event.callbackUrl'), findings: [{ line: 5 }] },
    { ...HOOK, code: HANDLER("  if (req.get('x-signature') !== expected) return res.sendStatus(401)\n", 'String(req.query.notify)'), findings: [{ line: 6 }] },
  ],
})
