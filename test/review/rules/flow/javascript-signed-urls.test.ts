/**
 * An image proxy that fetches only URLs it signed: the HMAC of the URL, made by a helper of the file under the server's
 * key, compared with `timingSafeEqual` before the fetch. Only what went into the MAC is vouched for.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FN = { path: 'api/avatar.ts' }
const PROXY = (signedText: string) =>
  `import type { VercelRequest, VercelResponse } from '@vercel/node'\nimport { createHmac, timingSafeEqual } from 'node:crypto'\nfunction sign(value: string) {\n  return createHmac('sha256', process.env.AVATAR_KEY!).update(value).digest('hex')\n}\nexport default async function handler(req: VercelRequest, res: VercelResponse) {\n  const src = String(req.query.src ?? '')\n  const size = Number(req.query.size) || 128\n  const expected = Buffer.from(sign(${signedText}))\n  const given = Buffer.from(String(req.query.sig ?? ''))\n  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return res.status(403).end()\n  const upstream = await fetch(src)\n  return res.send(Buffer.from(await upstream.arrayBuffer()))\n}\n`

testRule(registered('js/ssrf'), {
  valid: [
    { ...FN, code: PROXY('`${src}:${size}`') },
    { ...FN, code: PROXY('src') },
  ],
  invalid: [
    // The signature covers the size only: the URL is still the client's.
    { ...FN, code: PROXY('String(size)'), findings: [{ line: 12 }] },
  ],
})
