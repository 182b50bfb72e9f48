import { tlsVerifyDisabled } from '../../../../src/review/rules/crypto/tls-verify-disabled'
import { testRule } from '../../rule-tester'

testRule(tlsVerifyDisabled, {
  valid: [
    // Off only on a developer's machine, or verified everywhere with a CA chosen per environment.
    { code: "const agent = new https.Agent({ rejectUnauthorized: process.env.NODE_ENV !== 'development' })\n", path: 'src/kb.ts' },
    { code: "const agent = new https.Agent({ rejectUnauthorized: true, ca: isProd ? undefined : stagingCa })\n", path: 'src/kb.ts' },
    { code: 'resp = requests.get(url, verify=CA_BUNDLE if IS_PRODUCTION else True, timeout=5)\n', path: 'app/kb.py' },
    // No hostname to compare: the chain is still verified (asyncio's SSL transport).
    { code: 'def make_context(server_hostname):\n    ctx = ssl.create_default_context()\n    if not server_hostname:\n        ctx.check_hostname = False\n    return ctx\n', path: 'transport.py' },
    { code: 'resp = requests.get(url, timeout=10, verify="/etc/ssl/internal-ca.pem")\nresp = httpx.get(url, verify=settings.VERIFY_TLS)\n', path: 'client.py' },
    { code: '# requests.get(url, verify=False) would skip the check\nprint("pass verify=False only in tests")\n', path: 'client.py' },
    { code: 'claims = jwt.decode(token, verify=False)\n', path: 'auth.py' },
    { code: 'model.fit(X, y, verify=False)\n', path: 'train.py' },
    "const agent = new https.Agent({ ca: fs.readFileSync('ca.pem'), rejectUnauthorized: true })\n",
    "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') console.warn('TLS checks are off')\n",
    { code: 'tlsConfig := &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: false}\n', path: 'client.go' },
    { code: 'session.verify = False\n', path: 'tests/test_client.py' },
    // Explicit opt-ins decided elsewhere, and checks of the current mode.
    { code: 'resp = requests.get(url, verify=False if args.insecure else True)\nif ctx.verify_mode != ssl.CERT_NONE:\n    pin(ctx)\n', path: 'cli.py' },
    'const strictSsl = secure ? !!options.rejectUnauthorized : false\n',
    { code: 'Set `rejectUnauthorized: false` only for local experiments.\n', path: 'docs/tls.md' },
    // Electron: a certificate-error handler that turns the certificate down, or accepts only a pinned fingerprint.
    { code: "app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  callback(false)\n})\n", path: 'src/main/index.ts' },
    { code: "app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  if (certificate.fingerprint === PINNED_FINGERPRINT) {\n    event.preventDefault()\n    callback(true)\n    return\n  }\n  callback(false)\n})\n", path: 'src/main/index.ts' },
    { code: "session.defaultSession.setCertificateVerifyProc((request, callback) => callback(request.verificationResult === 'net::OK' ? 0 : -2))\n", path: 'src/main/index.ts' },
    // A hostname check of one's own, or the default one.
    { code: "const socket = tls.connect({ host, port, servername: host, checkServerIdentity: (name, cert) => (cert.fingerprint256 === PIN ? undefined : new Error('pin mismatch')) })\n", path: 'src/mq.ts' },
    { code: "emitter.on('certificate-error', (err, done) => {\n  log.warn(err)\n  done(true)\n})\n", path: 'src/watch.ts' },
  ],
  invalid: [
    { code: "app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault()\n  callback(true)\n})\n", path: 'src/main/index.ts', findings: [{ line: 3, message: /certificate-error/ }] },
    { code: "win.webContents.on('certificate-error', (e, url, err, cert, cb) => { e.preventDefault(); cb(true) })\n", path: 'src/main/window.ts', findings: [{ line: 1 }] },
    { code: "session.defaultSession.setCertificateVerifyProc((request, callback) => callback(0))\n", path: 'src/main/index.ts', findings: [{ line: 1 }] },
    { code: "const socket = tls.connect({ host, port, checkServerIdentity: () => undefined })\n", path: 'src/mq.ts', findings: [{ line: 1, message: /checkServerIdentity/ }] },
    {
      code: 'resp = requests.post(url, json=payload, verify=False)\n',
      path: 'client.py',
      findings: [
        {
          line: 1,
          severity: 'major',
          message: '`verify=False` turns off TLS certificate verification, so any machine on the network path can impersonate the server.',
          suggestion: /verify="\/path\/to\/ca\.pem"/,
        },
      ],
    },
    { code: 'with httpx.Client(\n    base_url=BASE,\n    verify=False,\n) as client:\n', path: 'client.py', findings: [{ line: 3 }] },
    // One keyword argument to a line: the call sits several lines above `verify=False`.
    {
      code: 'resp = requests.get(\n    "https://ledger.internal/export",\n    params={"day": day},\n    auth=AUTH,\n    timeout=60,\n    verify=False,\n)\n',
      path: 'reports/ledger.py',
      findings: [{ line: 6 }],
    },
    { code: 'ctx = ssl._create_unverified_context()\n', path: 'fetch.py', findings: [{ line: 1, message: /`ssl\._create_unverified_context`/ }] },
    { code: 'ctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\n', path: 'fetch.py', findings: [{ line: 1 }, { line: 2, message: /CERT_NONE/ }] },
    // Verification only in production: staging, previews and CI accept any certificate.
    { code: "const kb = axios.create({\n  httpsAgent: new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' }),\n})\n", path: 'src/kb.ts', findings: [{ line: 2, message: /production only/ }] },
    { code: 'resp = requests.get(url, verify=settings.ENVIRONMENT == "production", timeout=5)\n', path: 'app/kb.py', findings: [{ line: 1 }] },
    // Guarded by something other than a missing hostname: still off on purpose.
    { code: 'def context(insecure):\n    ctx = ssl.create_default_context()\n    if insecure:\n        ctx.check_hostname = False\n    return ctx\n', path: 'fetch.py', findings: [{ line: 4 }] },
    { code: "const agent = new https.Agent({ rejectUnauthorized: false })\n", findings: [{ line: 1, suggestion: /ca: fs\.readFileSync/ }] },
    { code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'\n", path: 'src/index.js', findings: [{ line: 1, message: /NODE_TLS_REJECT_UNAUTHORIZED/ }] },
    { code: 'ENV NODE_TLS_REJECT_UNAUTHORIZED=0\n', path: 'Dockerfile', findings: [{ line: 1, suggestion: /NODE_EXTRA_CA_CERTS/ }] },
    { code: 'client := &http.Client{Transport: &http.Transport{\n\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n}}\n', path: 'client.go', findings: [{ line: 2, message: /`InsecureSkipVerify: true`/ }] },
    { code: "curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\n", path: 'api.php', findings: [{ line: 1 }] },
    { code: 'http.verify_mode = OpenSSL::SSL::VERIFY_NONE\n', path: 'lib/client.rb', findings: [{ line: 1 }] },
    { code: '- name: fetch\n  get_url:\n    url: https://internal/pkg.tgz\n    validate_certs: no\n', path: 'playbooks/site.yml', findings: [{ line: 4 }] },
  ],
})
