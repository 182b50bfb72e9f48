import { jwtVerifyDisabled } from '../../../../src/review/rules/crypto/jwt-verify-disabled'
import { testRule } from '../../rule-tester'

testRule(jwtVerifyDisabled, {
  valid: [
    'claims = jwt.decode(token, key, algorithms=["HS256"])\n',
    'claims = jwt.decode(token, key, algorithms=["RS256"], options={"verify_exp": True})\n',
    'resp = requests.get(url, verify=False)\n',
    "# jwt.decode(token, options={'verify_signature': False}) is forbidden\n",
    { code: 'header = jwt.get_unverified_header(token)\nkey = jwks.get_signing_key(header["kid"])\n', path: 'auth.py' },
    { code: "const payload = jwt.verify(token, secret, { algorithms: ['HS256'] })\n", path: 'src/auth.ts' },
    // Front-end code only reads its own token's claims for display.
    { code: 'const { exp } = jwt.decode(req.headers.authorization)\n', path: 'src/components/Session.tsx' },
    // Decoding to find the key id before verifying.
    { code: "const { header } = jwt.decode(token, { complete: true })\nconst key = await getKey(header.kid)\nconst claims = jwt.verify(token, key)\n", path: 'src/auth.ts' },
    { code: 'unverified = jwt.decode(token, options={"verify_signature": False})\nkey = keys[unverified["iss"]]\n', path: 'auth.py' },
    { code: "const zipped = compress(buf, { algorithm: 'none' })\n", path: 'src/zip.ts' },
    { code: 'claims = jwt.decode(token, options={"verify_signature": False})\n', path: 'tests/test_auth.py' },
  ],
  invalid: [
    {
      code: 'claims = jwt.decode(token, options={"verify_signature": False})\n',
      findings: [
        {
          line: 1,
          severity: 'critical',
          message: '`"verify_signature": False` accepts JWTs without checking their signature; anyone can forge a token with arbitrary claims.',
          suggestion: /algorithms=\["HS256"\]/,
        },
      ],
    },
    { code: 'payload = jwt.decode(token, verify=False)\nuser = User.get(payload["sub"])\n', findings: [{ line: 1, message: /jwt\.decode\(\.\.\., verify=False\)/ }] },
    { code: "const claims = jwt.verify(token, secret, { algorithms: ['HS256', 'none'] })\n", path: 'src/auth.js', findings: [{ line: 1, message: /algorithms: \['none'\]/ }] },
    { code: 'data = jwt.decode(token, key, algorithms=["none"])\n', findings: [{ line: 1 }] },
    {
      code: "export function requireUser(req, res, next) {\n  const token = req.headers.authorization?.split(' ')[1]\n  req.user = jwt.decode(token)\n  next()\n}\n",
      path: 'src/middleware/auth.ts',
      findings: [{ line: 3, message: /`jwt\.decode\(\)` only base64-decodes/, suggestion: /jwt\.verify\(token, secret/ }],
    },
    { code: 'token, err := parser.Parse(raw, func(t *jwt.Token) (interface{}, error) { return jwt.UnsafeAllowNoneSignatureType, nil })\n', path: 'auth/jwt.go', findings: [{ line: 1, message: /UnsafeAllowNoneSignatureType/ }] },
  ],
})
