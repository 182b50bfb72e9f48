/**
 * Worker idioms: HTMLRewriter content written as HTML, a webhook MAC made by a helper and compared inline, and a
 * stored password hash checked against a SHA-1 digest a helper makes.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const WORKER = { path: 'src/worker/index.ts' }
const REWRITE = (opts: string) =>
  `export default {\n  async fetch(request: Request): Promise<Response> {\n    const banner = new URL(request.url).searchParams.get('banner') ?? ''\n    return new HTMLRewriter().on('#banner', {\n      element(el) {\n        el.setInnerContent(banner${opts})\n      },\n    }).transform(await fetch(request))\n  },\n}\n`

testRule(registered('js/xss-sink'), {
  valid: [
    { ...WORKER, code: REWRITE('') },
    { ...WORKER, code: REWRITE(', { html: false }') },
  ],
  invalid: [{ ...WORKER, code: REWRITE(', { html: true }'), findings: [{ line: 6, message: /request data/ }] }],
})

const HMAC = "async function hmacHex(secret: string, body: string): Promise<string> {\n  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])\n  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body))\n  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')\n}\n"
const SHA1 = "async function sha1Hex(text: string): Promise<string> {\n  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text))\n  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')\n}\n"

testRule(registered('js/timing-unsafe-comparison'), {
  valid: [
    // A digest of what the client presents, compared with a stored digest: the time reveals bytes of a hash.
    { ...WORKER, code: SHA1 + "app.post('/login', async (c) => {\n  const { password } = await c.req.json()\n  if (user.passwordHash !== (await sha1Hex(password))) return c.json({}, 401)\n})\n" },
  ],
  invalid: [
    { ...WORKER, code: HMAC + "app.post('/hook', async (c) => {\n  const body = await c.req.text()\n  if (c.req.header('x-signature') !== (await hmacHex(c.env.WEBHOOK_SECRET, body))) return c.text('bad', 401)\n})\n", findings: [{ line: 8 }] },
  ],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    { ...WORKER, code: "app.post('/login', async (c) => {\n  const { password } = await c.req.json()\n  if (!(await bcrypt.compare(password, user.passwordHash))) return c.json({}, 401)\n})\n" },
  ],
  invalid: [
    { ...WORKER, code: SHA1 + "app.post('/login', async (c) => {\n  const { password } = await c.req.json()\n  if (user.passwordHash !== (await sha1Hex(password))) return c.json({}, 401)\n})\n", findings: [{ line: 7, message: /passwordHash/ }] },
  ],
})
