// Flags code that turns off TLS certificate or hostname verification: `verify=False`, `CERT_NONE`,
// `rejectUnauthorized: false`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `InsecureSkipVerify: true`, `VERIFY_NONE`,
// `CURLOPT_SSL_VERIFYPEER => false`, trust-all validators (Node's `checkServerIdentity: () => undefined`, Electron's
// `certificate-error` handler calling back `true` and `setCertificateVerifyProc` answering 0), verification in production
// only (`rejectUnauthorized: NODE_ENV === 'production'`). Known false positives: clients pinned to a local self-signed
// endpoint; test files are skipped.
import type { Language, LineContext, LineRule } from '../../types'
import { codeOf, stripComment } from '../../source'

interface Pattern {
  languages: ReadonlySet<Language> | '*'
  /** Cheap substring the line must contain. */
  needle: string
  re: RegExp
  /** Match against the line with string contents blanked (code constructs only). */
  codeOnly: boolean
  fix: string
  /** Extra condition on the line and its neighbours. */
  when?: (line: string, near: string) => boolean
  /** What the match does, after the quoted code, when not simply turning verification off. */
  effect?: string
  /** The line is a deliberate, safe use in its block. */
  unless?: (ctx: LineContext) => boolean
}

/** `if not server_hostname:`, `if host is None:`: the block runs only when there is no name to check. */
const NO_HOSTNAME_GUARD = /^\s*(?:el)?if\s+(?:not\s+[\w.]*(?:host|server_name|sni)\w*|[\w.]*(?:host|server_name|sni)\w*\s+is\s+None|[\w.]*(?:host|server_name|sni)\w*\s*==\s*(?:None|["']{2}))\s*:/i

/**
 * Hostname checking switched off inside `if not server_hostname:` (asyncio's SSL transport, socket
 * wrappers): with no name to compare, there is nothing to check, and the certificate chain is still
 * verified. The guard is the nearest line above with less indentation.
 */
function noHostnameToCheck(ctx: LineContext): boolean {
  const indent = /^\s*/.exec(ctx.line.text)![0].length
  const above = ctx.before(4)
  for (let i = above.length - 1; i >= 0; i--) {
    const text = above[i]!.text
    if (text.trim() === '' || text.trim().startsWith('#')) continue
    if (/^\s*/.exec(text)![0].length < indent) return NO_HOSTNAME_GUARD.test(text)
  }
  return false
}

const py = new Set<Language>(['python'])
const js = new Set<Language>(['javascript', 'typescript', 'vue', 'svelte'])
/** Every pattern's needle in one test, so most lines cost a single scan. */
const TRIGGER_WORDS = ['verify', 'ssl', 'CERT_NONE', 'check_hostname', 'rejectUnauthorized', 'NODE_TLS', 'strictSSL', 'InsecureSkipVerify', 'validate_certs', 'nsecure', 'VERIFY_NONE', 'CURLOPT_SSL', 'Verifier', 'Trust', 'Certificate', 'AddPolicy', 'WarningPolicy', 'checkServerIdentity', 'certificate-error']
const PREFILTER = new RegExp(TRIGGER_WORDS.join('|'))
const CODE_LANGUAGES = new Set<Language>([
  'python', 'javascript', 'typescript', 'go', 'java', 'kotlin', 'ruby', 'php', 'csharp', 'rust', 'c', 'cpp', 'swift', 'vue', 'svelte',
])
const HTTP_CLIENT = /requests|httpx|session|client|aiohttp|urllib|\.(?:get|post|put|patch|delete|head|request|stream)\s*\(|Client\(|Session\(/i

const PATTERNS: Pattern[] = [
  {
    languages: py,
    needle: 'verify',
    re: /\bverify\s*=\s*False\b/,
    codeOnly: true,
    fix: 'Drop `verify=False`; for a private CA pass its bundle instead: `verify="/path/to/ca.pem"`.',
    when: (line, near) => !/jwt|decode/i.test(line + near) && (HTTP_CLIENT.test(line) || HTTP_CLIENT.test(near)),
  },
  {
    languages: py,
    needle: 'ssl',
    re: /\b(?:verify_ssl|ssl)\s*=\s*False\b/,
    codeOnly: true,
    fix: 'Remove `ssl=False`; pass an `ssl.create_default_context(cafile=...)` for a private CA.',
    when: (line, near) => /aiohttp|session|connector|ClientSession|TCPConnector/i.test(line + near),
  },
  {
    languages: py,
    needle: '_create_unverified_context',
    re: /\bssl\._create_unverified_context\b/,
    codeOnly: true,
    fix: 'Use `ssl.create_default_context()` (with `cafile=` for a private CA).',
  },
  {
    languages: py,
    needle: 'CERT_NONE',
    // Assignments and keyword arguments only: comparisons such as `verify_mode != CERT_NONE` are checks.
    re: /\b(?:verify_mode|cert_reqs)\s*=(?!=)\s*(?:ssl\.)?["']?CERT_NONE\b/,
    codeOnly: false,
    fix: 'Keep `ssl.CERT_REQUIRED` (the default of `ssl.create_default_context()`) and load the right CA instead.',
  },
  {
    languages: py,
    needle: 'Policy',
    // paramiko accepts whatever host key an unknown server presents: a man in the middle gets the login.
    re: /\bset_missing_host_key_policy\s*\(\s*(?:paramiko\.(?:client\.)?)?(?:AutoAddPolicy|WarningPolicy)\b/,
    codeOnly: true,
    fix: 'Load the known hosts (`client.load_system_host_keys()`) and keep the default `RejectPolicy`.',
  },
  {
    languages: py,
    needle: 'check_hostname',
    re: /\.check_hostname\s*=\s*False\b/,
    codeOnly: true,
    unless: noHostnameToCheck,
    fix: 'Leave `check_hostname` on; connect using the name on the certificate.',
  },
  {
    languages: '*',
    needle: 'rejectUnauthorized',
    // A key set to false, or a property assigned false; not `options.rejectUnauthorized : false` (a ternary).
    re: /(?<![.\w])["']?rejectUnauthorized["']?\s*:\s*false\b|\brejectUnauthorized\s*=\s*false\b/,
    codeOnly: true,
    fix: 'Remove `rejectUnauthorized: false`; for a private CA pass `ca: fs.readFileSync("ca.pem")`.',
  },
  {
    languages: js,
    needle: 'rejectUnauthorized',
    // Verification tied to the environment's name: `rejectUnauthorized: process.env.NODE_ENV === 'production'`,
    // `rejectUnauthorized: isProd`. Off in staging, previews and CI, which hold real credentials too.
    re: /(?<![.\w])["']?rejectUnauthorized["']?\s*:\s*(?:[\w.]+\s*===?\s*["'](?:prod|production)["']|["'](?:prod|production)["']\s*===?\s*[\w.]+|!?\s*(?:isProd|isProduction|IS_PROD|IS_PRODUCTION|inProduction)\b)(?!\s*(?:\|\||&&|\?))/,
    codeOnly: false,
    effect: 'checks certificates in production only: staging, preview and CI connections (which carry real credentials too) accept any certificate, so any machine on their network path can impersonate the server.',
    fix: 'Verify certificates in every environment: keep `rejectUnauthorized` at its default (true) and give non-production environments their CA with `ca: fs.readFileSync("ca.pem")`.',
  },
  {
    languages: py,
    needle: 'verify',
    // `verify=settings.ENV == "production"`, `verify=IS_PRODUCTION`: certificates unchecked in every other environment.
    re: /\bverify\s*=\s*(?:[\w.]+\s*==\s*["'](?:prod|production)["']|(?:IS_PROD|IS_PRODUCTION|is_prod|is_production)\b)(?!\s*(?:or|and|if)\b)/,
    codeOnly: false,
    effect: 'checks certificates in production only: staging, preview and CI connections (which carry real credentials too) accept any certificate, so any machine on their network path can impersonate the server.',
    fix: 'Verify certificates in every environment (`verify=True`, or `verify="/path/to/ca.pem"` for a private CA).',
    when: (line, near) => !/jwt|decode/i.test(line + near) && (HTTP_CLIENT.test(line) || HTTP_CLIENT.test(near)),
  },
  {
    languages: '*',
    needle: 'NODE_TLS_REJECT_UNAUTHORIZED',
    re: /NODE_TLS_REJECT_UNAUTHORIZED["']?\]?(?:\s*[:=]\s*|\s+)["']?0\b/,
    codeOnly: false,
    fix: 'Remove `NODE_TLS_REJECT_UNAUTHORIZED=0` (it disables verification for every connection in the process); use `NODE_EXTRA_CA_CERTS=/path/ca.pem` for a private CA.',
  },
  {
    languages: js,
    needle: 'checkServerIdentity',
    // A hostname check that never fails: `checkServerIdentity: () => undefined`, `() => {}`, `function () { return null }`.
    re: /\bcheckServerIdentity\s*[:=]\s*(?:(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*=>\s*(?:undefined|null|void\s+0|\{\s*(?:return\s*(?:undefined|null)?\s*;?\s*)?\})|function\s*\w*\s*\([^)]*\)\s*\{\s*(?:return\s*(?:undefined|null)?\s*;?\s*)?\})/,
    codeOnly: false,
    effect: 'accepts a certificate issued for any host name, so whoever holds any valid certificate can impersonate the server.',
    fix: 'Drop the override and let Node check the host name; to pin a key, compare `cert.fingerprint256` and return an `Error` when it differs.',
  },
  {
    languages: js,
    needle: 'Certificate',
    // Electron's verify procedure answering 0 (trusted) for every request, whatever Chromium's own verification said.
    re: /\bsetCertificateVerifyProc\(\s*(?:async\s*)?\(?\s*[\w$]*\s*,\s*([\w$]+)\s*\)?\s*=>\s*\{?\s*\1\(\s*0\s*\)/,
    codeOnly: false,
    effect: 'trusts every certificate the app\'s pages and requests meet, so any machine on the network path can impersonate any server.',
    fix: 'Call back `-3` to keep Chromium\'s own verification (`request.verificationResult`), and accept only a pinned fingerprint.',
  },
  {
    languages: js,
    needle: 'strictSSL',
    re: /\bstrictSSL\s*:\s*false\b/,
    codeOnly: true,
    fix: 'Remove `strictSSL: false`; pass the private CA with `ca:` instead.',
  },
  {
    languages: '*',
    needle: 'InsecureSkipVerify',
    re: /\bInsecureSkipVerify\s*[:=]\s*true\b/,
    codeOnly: true,
    fix: 'Remove `InsecureSkipVerify: true`; add a private CA to `tls.Config{RootCAs: pool}` instead.',
  },
  {
    languages: new Set<Language>(['yaml', 'github-actions']),
    needle: 'validate_certs',
    re: /\bvalidate_certs\s*:\s*(?:no|false|False)\b/,
    codeOnly: false,
    fix: 'Remove `validate_certs: no`; point the task at the right CA (`ca_path`) instead.',
  },
  {
    languages: new Set<Language>(['yaml', 'toml', 'json', 'ini']),
    needle: 'nsecure',
    re: /\binsecure_?skip_?verify["']?\s*[:=]\s*["']?true\b/i,
    codeOnly: false,
    fix: 'Set `insecure_skip_verify: false` and configure `ca_file` for a private CA.',
  },
  {
    languages: new Set<Language>(['ruby']),
    needle: 'VERIFY_NONE',
    re: /\bOpenSSL::SSL::VERIFY_NONE\b/,
    codeOnly: true,
    fix: 'Use `OpenSSL::SSL::VERIFY_PEER` with `ca_file:` for a private CA.',
  },
  {
    languages: new Set<Language>(['php']),
    needle: 'CURLOPT_SSL_VERIFY',
    re: /\bCURLOPT_SSL_VERIFY(?:PEER|HOST)\s*(?:=>|,)\s*(?:false|0)\b/i,
    codeOnly: true,
    fix: 'Keep `CURLOPT_SSL_VERIFYPEER` true and `CURLOPT_SSL_VERIFYHOST` 2; set `CURLOPT_CAINFO` for a private CA.',
  },
  {
    languages: new Set<Language>(['php']),
    needle: 'verify',
    re: /["']verify["']\s*=>\s*false\b/,
    codeOnly: false,
    fix: "Drop `'verify' => false` (Guzzle); pass the CA bundle path as `'verify' => '/path/ca.pem'` instead.",
  },
  {
    languages: new Set<Language>(['java', 'kotlin']),
    needle: 'Verifier',
    re: /\bNoopHostnameVerifier\b|\bALLOW_ALL_HOSTNAME_VERIFIER\b|\bsetHostnameVerifier\s*\(\s*\{?\s*\(?[\w\s,]*\)?\s*->\s*true/,
    codeOnly: true,
    fix: 'Use the default hostname verifier; fix the certificate name instead of disabling the check.',
  },
  {
    languages: new Set<Language>(['java', 'kotlin']),
    needle: 'Trust',
    re: /\bTrustAllStrategy\b|\bTrustSelfSignedStrategy\b|\bInsecureTrustManagerFactory\b/,
    codeOnly: true,
    fix: 'Load the CA into a `KeyStore`-backed `TrustManagerFactory` instead of trusting every certificate.',
  },
  {
    languages: new Set<Language>(['csharp']),
    needle: 'Certificate',
    re: /\bDangerousAcceptAnyServerCertificateValidator\b|ServerCertificate(?:Custom)?ValidationCallback\s*\+?=\s*(?:delegate\s*\{\s*return\s+true|\([^)]*\)\s*=>\s*true\b|\w+\s*=>\s*true\b)/,
    codeOnly: true,
    fix: 'Remove the accept-all callback; validate against the expected CA or thumbprint instead.',
  },
]

/** The opening of Electron's `certificate-error` handler (on `app` or a `webContents`), with its parameter list. */
const CERT_ERROR_HANDLER = /\.on\(\s*['"]certificate-error['"]\s*,\s*(?:async\s*)?(?:function\s*\w*\s*)?\(([^)]*)\)/
/** A handler that accepts only a pinned certificate: it compares the certificate before calling back. */
const PINNED = /\b(fingerprint\w*|issuerName|serialNumber|publicKey|subjectName)\b|\.data\s*[!=]==/

/**
 * `app.on('certificate-error', (event, …, callback) => { event.preventDefault(); callback(true) })`: the app accepts
 * the certificate Chromium turned down. Reported at the `callback(true)`, unless the handler checked a pinned
 * fingerprint or issuer first.
 */
function electronTrust(ctx: LineContext): ReturnType<LineRule['check']> {
  const code = stripComment(ctx.line.text, ctx.file.language)
  const call = /(?<![\w$.])([\w$]+)\(\s*true\s*\)/.exec(code)
  if (!call) return undefined
  const lines = [...ctx.before(12).map((l) => l.text), code.slice(0, call.index)]
  for (let i = lines.length - 1; i >= 0; i--) {
    const handler = CERT_ERROR_HANDLER.exec(lines[i]!)
    if (!handler) continue
    const params = handler[1]!.split(',').map((p) => p.trim().replace(/\s*[:=?].*$/, ''))
    // Electron passes five or six arguments, the callback last; another emitter's event of the same name is not this.
    if (params.length < 5 || params.at(-1) !== call[1]) return undefined
    if (PINNED.test(lines.slice(i).join('\n').slice(handler.index + handler[0].length))) return undefined
    return {
      line: ctx.line.newLine,
      message: `\`${call[0]}\` in a \`certificate-error\` handler accepts the certificate Chromium rejected, so any machine on the network path can impersonate the server.`,
      suggestion: 'Call back `false` (the default); for an internal server, compare `certificate.fingerprint` with the pinned value before accepting it.',
    }
  }
  return undefined
}

export const tlsVerifyDisabled: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/tls-verify-disabled',
    title: 'TLS certificate verification disabled',
    severity: 'major',
    category: 'security',
    pack: 'crypto',
    tier: 'core',
    languages: '*',
    description:
      'Without certificate verification HTTPS still encrypts, but to whoever answers: anyone on the network path can intercept the connection, read credentials and alter responses. Fix the trust store instead of disabling the check.',
    examples: {
      bad: 'const agent = new https.Agent({ rejectUnauthorized: false })\n',
      good: "const agent = new https.Agent({ ca: fs.readFileSync('internal-ca.pem') })\nlog.warn('rejectUnauthorized: false is not allowed')\n",
    },
  },
  trigger: TRIGGER_WORDS,
  check(ctx) {
    const text = ctx.line.text
    const language = ctx.file.language
    if (!PREFILTER.test(text)) return js.has(language) && !ctx.file.isTest ? electronTrust(ctx) : undefined
    if (ctx.file.isTest || language === 'markdown') return undefined
    const config = !CODE_LANGUAGES.has(language)
    let code: string | undefined
    let masked: string | undefined
    for (const p of PATTERNS) {
      if (!text.includes(p.needle) || (p.languages !== '*' && !p.languages.has(language))) continue
      code ??= stripComment(text, language)
      masked ??= codeOf(text, language)
      const m = p.re.exec(p.codeOnly && !config ? masked : code)
      if (!m) continue
      if (p.when) {
        // Six lines back reaches the call a keyword argument belongs to when its arguments sit one to a line.
        const near = [...ctx.before(6), ...ctx.after(1)].map((l) => l.text).join('\n')
        if (!p.when(code, near)) continue
      }
      if (p.unless?.(ctx)) continue
      // `verify=False if args.insecure else True`: an explicit opt-in decided elsewhere.
      if (/^\s*(?:if\b|\?)/.test(code.slice(m.index + m[0].length))) continue
      const found = code.slice(m.index, m.index + m[0].length).trim()
      return {
        line: ctx.line.newLine,
        message: `\`${found}\` ${p.effect ?? 'turns off TLS certificate verification, so any machine on the network path can impersonate the server.'}`,
        suggestion: p.fix,
      }
    }
    return js.has(language) ? electronTrust(ctx) : undefined
  },
}
