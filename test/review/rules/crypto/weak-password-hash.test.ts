import { weakPasswordHash } from '../../../../src/review/rules/crypto/weak-password-hash'
import { testRule } from '../../rule-tester'

testRule(weakPasswordHash, {
  valid: [
    // SHA-256 protects reset tokens and codes well; crypt's default method is SHA-512.
    { code: "const digest = createHash('sha256').update(passwordResetToken).digest('hex')\nconst sum = createHash('sha256').update(fileBuffer).digest('hex')\n", path: 'src/users.ts' },
    { code: 'hashed = crypt.crypt(password)\n', path: 'app/unix.py' },
    { code: 'upw = sha1(uploaded_bytes).hexdigest()\n', path: 'app/files.py' },
    // The input as it came, in a function deriving a lookup value or naming nothing secret.
    { code: "function tokenCacheKey(value) {\n  return md5(value)\n}\nfunction avatarPath(email) {\n  return sha1(email)\n}\n", path: 'src/cache.js' },
    { code: 'def session_cache_key(session_id):\n    return hashlib.md5(session_id.encode()).hexdigest()\n', path: 'app/cache.py' },
    // A PIN-like word inside another, and a weak digest in a function that hashes no secret.
    'def pinned_key(items):\n    return hashlib.md5(pinned.encode()).hexdigest()\n',
    { code: "function assetVersion(contents) {\n  const hasher = crypto.createHash('md5')\n  hasher.update(contents)\n  return hasher.digest('hex')\n}\n", path: 'src/assets.js' },
    // A finished hasher is not fed by the next method's password.
    { code: "class Files {\n  fingerprint(file: Buffer) {\n    return crypto.createHash('md5').update(file).digest('hex')\n  }\n  setPassword(user: User, newPassword: string) {\n    return this.users.update(newPassword)\n  }\n}\n", path: 'src/files.service.ts' },
    // A digest stored under a name that is not a signature, even with a word like it inside.
    "const macAddressHash = createHash('md5').update(macAddress).digest('hex')\nconst assignedDigest = createHash('sha1').update(body).digest('hex')\n",
    'def sign_up(email):\n    return hashlib.md5(email.encode()).hexdigest()\n',
    // Cache keys, ETags and checksums are fine uses of MD5/SHA-1.
    'etag = hashlib.md5(body).hexdigest()\ncache_key = hashlib.sha1(url.encode()).hexdigest()\n',
    // PyCryptodome's digests of a file and of a URL.
    'from Crypto.Hash import MD5, SHA1\netag = MD5.new(body).hexdigest()\nkey = SHA1.new(url.encode()).hexdigest()\n',
    'digest = hashlib.md5(data, usedforsecurity=False).hexdigest()\n',
    'hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\ntoken_hash = hashlib.sha256(token.encode()).hexdigest()\n',
    '# never do hashlib.md5(password) here\nlog.info("md5(password) is banned")\n',
    'def md5(data):\n    return hashlib.md5(data).hexdigest()\n',
    'bypass = md5(bypass_list_blob)\n',
    // A legacy hasher kept after a strong first one only reads old hashes.
    { code: 'PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.PBKDF2PasswordHasher",\n    "django.contrib.auth.hashers.MD5PasswordHasher",\n]\n', path: 'shop/settings.py' },
    // The usual speed-up for test runs.
    { code: 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]\n', path: 'shop/settings/test.py' },
    { code: "const etag = crypto.createHash('md5').update(body).digest('hex')\n", path: 'src/cache.ts' },
    { code: "const hash = await bcrypt.hash(password, 12)\nconst sum = createHash('sha1').update(fileBuffer).digest('hex')\n", path: 'src/users.js' },
    { code: 'assert hashlib.md5(password.encode()).hexdigest() == LEGACY\n', path: 'tests/test_legacy.py' },
  ],
  invalid: [
    // PyCryptodome's MD5/SHA-1 over a password.
    { code: 'from Crypto.Hash import SHA1\nstored = SHA1.new(pw.encode()).hexdigest()\n', path: 'app/accounts.py', findings: [{ line: 2 }] },
    { code: 'import Cryptodome.Hash.MD5\nstored = Cryptodome.Hash.MD5.new(raw_password.encode()).hexdigest()\n', path: 'app/accounts.py', findings: [{ line: 2 }] },
    // A digest kept as a signature is a home-made MAC, also when the function that makes it says so.
    { code: "class Client {\n  sign(body: string, key: string) {\n    return CryptoJS.SHA1(body + key).toString()\n  }\n}\n", path: 'src/partner.client.ts', findings: [{ line: 3 }] },
    { code: 'def sign(params, secret):\n    raw = "&".join(sorted(params)) + secret\n    return hashlib.md5(raw.encode()).hexdigest()\n', path: 'payments/gateway.py', findings: [{ line: 3 }] },
    { code: "return { signature: createHash('sha1').update(key + payload).digest('hex') }\n", path: 'src/hooks/hooks.controller.ts', findings: [{ line: 1, message: /token or secret with SHA1/ }] },
    { code: 'sig = hashlib.md5((SHARED + body).encode()).hexdigest()\n', path: 'partners/callbacks.py', findings: [{ line: 1 }] },
    // A PIN is a password, fed to the hasher a few lines on.
    { code: 'def hash_pin(pin, user_id):\n    h = hashlib.md5()\n    h.update(str(user_id).encode())\n    h.update(pin.encode())\n    return h.hexdigest()\n', path: 'auth/pins.py', findings: [{ line: 2, message: /password/ }] },
    // The function says what the local holds.
    // A short password name, a legacy crypt method, and one fast SHA-2 pass over a password.
    { code: 'def legacy(pw, salt):\n    return sha1((salt + pw).encode()).hexdigest()\n', path: 'app/legacy.py', findings: [{ line: 2, message: /password/ }] },
    { code: 'hashed = crypt.crypt(password, crypt.mksalt(crypt.METHOD_CRYPT))\n', path: 'app/unix.py', findings: [{ line: 1, message: /DES crypt/ }] },
    { code: "userSchema.pre('save', function (next) {\n  this.password = crypto.createHash('sha256').update(this.password).digest('hex')\n  next()\n})\n", path: 'src/models/user.js', findings: [{ line: 2, message: /one pass of SHA256/ }] },
    { code: "const hashed = CryptoJS.SHA256(password).toString()\n", path: 'src/auth.ts', findings: [{ line: 1 }] },
    { code: "import sha1 from 'sha1'\nexport function storeRecoveryCode(code: string): string {\n  return sha1(code)\n}\n", path: 'src/auth/codes.ts', findings: [{ line: 3, message: /token or secret/ }] },
    { code: 'def hash_invite_code(value):\n    return hashlib.md5(value.encode()).hexdigest()\n', path: 'app/invites.py', findings: [{ line: 2 }] },
    { code: "function hashResetCode(code) {\n  const hasher = crypto.createHash('md5')\n  hasher.update(code)\n  return hasher.digest('hex')\n}\n", path: 'src/services/passwords.js', findings: [{ line: 2, message: /token or secret/ }] },
    { code: 'PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.MD5PasswordHasher",\n    "django.contrib.auth.hashers.PBKDF2PasswordHasher",\n]\n', path: 'shop/settings/production.py', findings: [{ line: 2 }] },
    { code: 'PASSWORD_HASHERS = ("django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher",)\n', path: 'shop/settings.py', findings: [{ line: 1 }] },
    {
      code: 'def save(user, password):\n    user.password = hashlib.md5(password.encode()).hexdigest()\n',
      findings: [
        {
          line: 2,
          severity: 'major',
          message: '`hashlib.md5(password.encode())` hashes a password with MD5, which is fast and unsalted; leaked hashes are cracked in bulk.',
          suggestion: /bcrypt\.hashpw/,
        },
      ],
    },
    { code: "h = hashlib.new('sha1', user_password.encode())\n", findings: [{ line: 1, message: /with SHA1/ }] },
    { code: 'h = hashlib.md5()\nh.update(password.encode())\n', findings: [{ line: 1, message: /`hashlib\.md5\(\)` hashes a password/ }] },
    { code: "const hashed = crypto.createHash('md5').update(req.body.password).digest('hex')\n", path: 'src/auth.ts', findings: [{ line: 1, message: /`createHash\('md5'\)` hashes a password with MD5/ }] },
    {
      code: "const digest = crypto\n  .createHash('sha1')\n  .update(resetToken)\n  .digest('hex')\n",
      path: 'src/reset.js',
      findings: [{ line: 2, severity: 'minor', message: /hashes a token or secret with SHA1/ }],
    },
    { code: '<?php\n$hash = md5($_POST["password"]);\n', path: 'login.php', findings: [{ line: 2, message: /`md5\(\$_POST\["password"\]\)`/ }] },
    { code: 'sum := md5.Sum([]byte(userPassword))\n', path: 'auth/hash.go', findings: [{ line: 1, message: /MD5/ }] },
    { code: 'self.password_digest = Digest::SHA1.hexdigest(password)\n', path: 'app/models/user.rb', findings: [{ line: 1, message: /SHA1/ }] },
  ],
})
