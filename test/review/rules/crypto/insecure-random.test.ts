import { insecureRandom } from '../../../../src/review/rules/crypto/insecure-random'
import { testRule } from '../../rule-tester'
import { registered } from '../flow/find-rule'

testRule(insecureRandom, {
  valid: [
    // A secret-named local whose only uses are timing or presentation.
    "app.post('/verify', (req, res) => {\n  const nonce = Math.floor(Math.random() * 1000)\n  res.set('Retry-After', String(nonce % 5))\n  res.json({ ok: true })\n})\n",
    "export async function dismissBanner(id) {\n  const nonce = Math.random().toString(16).slice(2, 8)\n  cookies().set(`banner-${id}`, `dismissed-${nonce}`, { maxAge: 2592000 })\n}\n",
    // Picking one of several keys made elsewhere spreads load; it makes no secret.
    { code: 'api_key = random.choice(settings.OPENAI_API_KEYS)\n', path: 'llm/client.py' },
    "const apiKey = apiKeys[Math.floor(Math.random() * apiKeys.length)]\n",
    // Names for how a secret is shown or where work is spread, not for the secret.
    { code: 'token_color = random.choice(COLORS)\nsession_shard = random.randint(0, 15)\n', path: 'accounts/keys.py' },
    // Locals in functions that build nothing secret, and interpolations that are not secrets.
    "function pickServer(servers) {\n  const idx = Math.floor(Math.random() * servers.length)\n  return servers[idx]\n}\n",
    "function uniqueFilename(ext) {\n  return `${Date.now()}-${Math.round(Math.random() * 1e9)}.${ext}`\n}\n",
    { code: 'def upload_name(ext):\n    return f"{int(time.time())}-{random.randint(0, 9999)}.{ext}"\n', path: 'app/uploads.py' },
    { code: 'token = secrets.token_urlsafe(32)\nsession_id = uuid.uuid4().hex\n', path: 'auth.py' },
    { code: 'delay = random.uniform(0.5, 1.5)\ncolor = random.choice(PALETTE)\n', path: 'ui.py' },
    { code: 'backoff = base * 2 ** attempt + random.random()\n', path: 'retry.py' },
    { code: 'rng = random.SystemRandom()\ntoken = "".join(rng.choice(ALPHABET) for _ in range(32))\n', path: 'auth.py' },
    "const id = crypto.randomUUID()\nconst jitter = Math.random() * 1000\n",
    "setTimeout(refreshToken, 30_000 + Math.random() * 5_000)\n",
    "const index = Math.floor(Math.random() * items.length)\nshuffle(cards, Math.random)\n",
    "const tokenCount = Math.floor(Math.random() * 10)\nconst passwordLength = 8 + Math.floor(Math.random() * 8)\n",
    "// const token = Math.random().toString(36)\nconst label = 'Math.random() token'\n",
    { code: 'const token = Math.random().toString(36).slice(2)\n', path: 'src/auth.test.ts' },
    { code: 'def _make_boundary(text=None):\n    token = random.randrange(sys.maxsize)\n    return "=" * 15 + str(token)\n', path: 'mail/generator.py' },
    { code: '<?php\n$token = bin2hex(random_bytes(32));\n$n = random_int(1, 6);\n', path: 'auth.php' },
  ],
  invalid: [
    // A capability id: whoever has the share link has the cart.
    { code: "router.post('/cart/share', async (ctx) => {\n  const shareId = Math.random().toString(36).slice(2, 12)\n  ctx.body = { url: `/cart/${shareId}` }\n})\n", findings: [{ line: 2 }] },
    // The same local sent on as a credential, or returned.
    { code: "app.post('/login', (req, res) => {\n  const nonce = Math.random().toString(16).slice(2)\n  res.cookie('auth_nonce', nonce, { httpOnly: true })\n  res.set('Retry-After', '1')\n})\n", findings: [{ line: 2 }] },
    { code: "function makeNonce() {\n  const nonce = Math.random().toString(36).slice(2)\n  return nonce\n}\n", findings: [{ line: 2 }] },
    // Stored with `await`: the word holds "wait", but storing is not timing.
    { code: "app.post('/reset', async (req, res) => {\n  const resetCode = Math.floor(Math.random() * 1000000)\n  await ResetToken.create({ code: resetCode })\n  res.status(202).end()\n})\n", findings: [{ line: 2 }] },
    // Picks from a character set, or repeated, build a new secret.
    { code: 'reset_token = random.choice(ALPHABET) + random.choice(ALPHABET)\ncode = "".join(random.choice(POOL) for _ in range(8))\n', path: 'accounts/codes.py', findings: [{ line: 1 }] },
    { code: 'function resetToken() {\n  let token = ""\n  for (let i = 0; i < 24; i++) token += chars[Math.floor(Math.random() * chars.length)]\n  return token\n}\n', path: 'src/codes.js', findings: [{ line: 3 }] },
    { code: 'def new_session(user):\n    sid = uuid.UUID(int=random.getrandbits(128)).hex\n', path: 'accounts/sessions.py', findings: [{ line: 2, message: /`sid`/ }] },
    // A local digit by digit inside a two-factor code generator.
    { code: "export function twoFactorCode(): string {\n  let code = ''\n  for (let i = 0; i < 6; i++) code += Math.floor(Math.random() * 10)\n  return code\n}\n", path: 'src/auth/codes.ts', findings: [{ line: 3, message: /twoFactorCode\(\)/ }] },
    // Random text inside an f-string or template literal that becomes a session key.
    { code: 'def session_key(user_id):\n    return hashlib.sha256(f"{user_id}-{random.random()}".encode()).hexdigest()\n', path: 'app/sessions.py', findings: [{ line: 2 }] },
    { code: "function newSessionId(userId) {\n  return `${userId}.${Math.random().toString(36).slice(2)}`\n}\n", findings: [{ line: 2 }] },
    {
      code: 'const resetToken = Math.random().toString(36).slice(2)\n',
      path: 'src/auth.ts',
      findings: [
        {
          line: 1,
          severity: 'major',
          message: '`resetToken` is built from `Math.random()`, a predictable PRNG; an attacker who sees a few outputs can guess the next token.',
          suggestion: /crypto\.randomUUID\(\)/,
        },
      ],
    },
    {
      code: "import random, string\n\ndef make_password(n=12):\n    return ''.join(random.choice(string.ascii_letters) for _ in range(n))\n",
      path: 'accounts/utils.py',
      findings: [{ line: 4, message: /`make_password\(\)` is built from `random\.choice\(\)`.*next password/, suggestion: /secrets\.token_urlsafe/ }],
    },
    { code: 'otp = random.randint(100000, 999999)\n', path: 'auth.py', findings: [{ line: 1, message: /`otp` .* next code/ }] },
    { code: 'user.session_id = str(random.getrandbits(64))\n', path: 'auth.py', findings: [{ line: 1, message: /`user\.session_id`.*session id/ }] },
    {
      code: "function generateApiKey() {\n  let result = ''\n  for (let i = 0; i < 32; i++) result += chars.charAt(Math.floor(Math.random() * chars.length))\n  return result\n}\n",
      path: 'src/keys.js',
      findings: [{ line: 3, message: /`generateApiKey\(\)`/ }],
    },
    { code: "const invite = { inviteCode: Math.random().toString(36).substring(2, 10), email }\n", path: 'src/invites.ts', findings: [{ line: 1, message: /`inviteCode`/ }] },
    { code: 'token = "".join(\n    random.choices(ALPHABET, k=40)\n)\n', path: 'auth.py', findings: [{ line: 2, message: /`token`/ }] },
    { code: '<?php\n$token = md5(uniqid(mt_rand(), true));\n', path: 'reset.php', findings: [{ line: 2, message: /`\$token` is built from `uniqid\(\)`/, suggestion: /random_bytes/ }] },
  ],
})

// A value named only "a code" is a credential when where it goes says so: an invitation stored, a reset mailed.
testRule(registered('crypto/insecure-random'), {
  valid: [
    "router.get('/colours', (req, res) => {\n  const code = Math.random().toString(16).slice(2, 8)\n  res.json({ colour: `#${code}` })\n})\n",
    "export function tintFor(user) {\n  const code = Math.random().toString(16).slice(2, 8)\n  return { user: user.id, background: `#${code}` }\n}\n",
  ],
  invalid: [
    {
      code: "router.post('/invites', async (req, res) => {\n  const code = Math.random().toString(36).slice(2, 10)\n  await Invite.create({ email: req.body.email, code })\n  res.status(201).json({ ok: true })\n})\n",
      findings: [{ line: 2 }],
    },
    {
      code: "export async function startPasswordReset(user) {\n  const shortCode = Math.random().toString(36).slice(2, 8)\n  await users.save(user.id, { shortCode })\n}\n",
      findings: [{ line: 2 }],
    },
  ],
})
