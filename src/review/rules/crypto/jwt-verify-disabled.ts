// Flags JWTs accepted without signature checks: PyJWT `verify=False` / `{"verify_signature": False}`,
// `algorithms: ['none']`, Go `UnsafeAllowNoneSignatureType`, and jsonwebtoken `jwt.decode()` used to
// authenticate a request. Known false positives: decoding only to pick a key before verifying (a
// nearby `verify` call suppresses it); front-end code is skipped.
import type { LineRule } from '../../types'
import { codeOf, stripComment } from '../../source'

const PREFILTER = /verify|["']none["']|UnsafeAllowNone|SigningMethodNone|jwt\.decode/i
const PY_VERIFY_FALSE = /\bverify\s*=\s*False\b/
const VERIFY_SIGNATURE_OFF = /["']verify_signature["']\s*:\s*False\b/
const ALG_NONE = /\balgorithms?\s*[:=]\s*\[?[^\]\n]*?["']none["']/i
const GO_NONE = /\bjwt\.UnsafeAllowNoneSignatureType\b|\bSigningMethodNone\b/
const JS_DECODE = /\bjwt\.decode\s*\(/
const REQUEST_CONTEXT = /\breq(?:uest)?\.|\bheaders?\b|authorization|bearer|\bctx\.|\bc\.req\b|\bnext\s*\(|middleware|\bres\.status/i
const FRONTEND_PATH = /(?:^|\/)(?:client|frontend|components|hooks|views|store)\//i
const VERIFIED_NEARBY = /\b(?:jwt\.verify|jwtVerify|verifyToken|verify)\s*\(/

export const jwtVerifyDisabled: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/jwt-verify-disabled',
    title: 'JWT accepted without signature verification',
    severity: 'critical',
    category: 'security',
    pack: 'crypto',
    tier: 'core',
    languages: ['python', 'javascript', 'typescript', 'go'],
    description:
      'A JWT whose signature is not checked (or whose algorithm may be `none`) is just JSON the client wrote: anyone can set `"sub": "admin"` and be trusted.',
    examples: {
      bad: 'claims = jwt.decode(token, options={"verify_signature": False})\n',
      good: 'claims = jwt.decode(token, key, algorithms=["HS256"])\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!PREFILTER.test(text) || ctx.file.isTest) return undefined
    const language = ctx.file.language
    const code = stripComment(text, language)
    const at = ctx.line.newLine
    if (language === 'python') {
      // `unverified = jwt.decode(...)`: read on purpose (to pick a key), verified later.
      if (/unverified|untrusted/i.test(code)) return undefined
      if (code.includes('verify_signature') && VERIFY_SIGNATURE_OFF.test(code)) {
        return hit(at, '"verify_signature": False', 'Pass the key and pin the algorithm: `jwt.decode(token, key, algorithms=["HS256"])`.')
      }
      if (code.includes('verify') && PY_VERIFY_FALSE.test(codeOf(text, language))) {
        const near = [...ctx.before(3).map((l) => l.text), code].join('\n')
        if (/\bjwt\b|jose|decode\s*\(/.test(near) && !/requests|httpx|session/i.test(code)) {
          return hit(at, 'jwt.decode(..., verify=False)', 'Verify the signature: `jwt.decode(token, key, algorithms=["HS256"])`.')
        }
      }
    }
    if (code.includes('one') && ALG_NONE.test(code) && /jwt|jws|jose|token/i.test(code + ctx.before(3).map((l) => l.text).join(' '))) {
      return hit(at, "algorithms: ['none']", 'Allow only the algorithm you sign with, e.g. `algorithms: [\'HS256\']` or `[\'RS256\']`; never `none`.')
    }
    if (language === 'go' && GO_NONE.test(code)) {
      return hit(at, GO_NONE.exec(code)![0], 'Return the real key from the key function and check `token.Method` is the expected signing method.')
    }
    if ((language === 'javascript' || language === 'typescript') && code.includes('decode') && JS_DECODE.test(codeOf(text, language))) {
      const path = ctx.file.path
      if ((FRONTEND_PATH.test(path) || /\.(?:jsx|tsx)$/.test(path)) && !path.includes('/api/')) return undefined
      const around = [...ctx.before(6), ...ctx.after(6)].map((l) => l.text)
      if (around.some((l) => VERIFIED_NEARBY.test(l)) || VERIFIED_NEARBY.test(code.replace(JS_DECODE, ''))) return undefined
      const fn = ctx.enclosingFunction() ?? ''
      if (!REQUEST_CONTEXT.test(code) && !around.some((l) => REQUEST_CONTEXT.test(l)) && !REQUEST_CONTEXT.test(fn)) return undefined
      return {
        line: at,
        message: '`jwt.decode()` only base64-decodes the token without checking its signature, yet the claims are used to handle a request; a client can forge any claims.',
        suggestion: "Use `jwt.verify(token, secret, { algorithms: ['HS256'] })` (it throws on a bad signature or expiry).",
      }
    }
    return undefined
  },
}

function hit(line: number, what: string, suggestion: string) {
  return {
    line,
    message: `\`${what}\` accepts JWTs without checking their signature; anyone can forge a token with arbitrary claims.`,
    suggestion,
  }
}
