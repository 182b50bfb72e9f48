import type { FileUnderReview, Language } from '../../types'
import { baseName, identifierWords } from '../../source'

/**
 * Masks a secret for display: a short prefix, an ellipsis and the length, e.g. `AKIA…(20 chars)`.
 * At most a quarter of the value is ever shown, so short passwords reveal one or two characters.
 */
export function maskSecret(secret: string, keep = 4): string {
  const shown = Math.max(0, Math.min(keep, Math.floor(secret.length / 4)))
  return `${secret.slice(0, shown)}…(${secret.length} chars)`
}

const ASCII_COUNTS = new Uint32Array(128)

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0
  // ASCII (nearly every value) counts into one reused array: rules and masking call this per token.
  if (/^[\x00-\x7f]*$/.test(value)) {
    for (let i = 0; i < value.length; i++) ASCII_COUNTS[value.charCodeAt(i)]!++
    let bits = 0
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i)
      const n = ASCII_COUNTS[c]!
      if (n === 0) continue
      const p = n / value.length
      bits -= p * Math.log2(p)
      ASCII_COUNTS[c] = 0
    }
    return bits
  }
  const counts = new Map<string, number>()
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

// `…(12` is the shape `maskSecret` leaves behind: text we masked ourselves is not a secret.
// `<[^<>]*>` rather than `<[^>]*>`: a run of `<` must not cost quadratic time.
// An instruction in place of the value (`generate-with-openssl-rand-hex-32`, `paste-key-here`): templates tell the
// reader how to make the secret, and `openssl rand` is the command that makes one.
const PLACEHOLDER_WORDS =
  /^(?:generate|paste|enter|fill|put|set)[_-]?(?:with|using|via|me|in|it|one|a|an)[_-]|openssl[_-]rand|[_-]here$|changeme|change[_-]me|(?:change|override)[_-]?(?:me|this|it|in[_-]?prod)|replace[_-]?(?:me|with|this)|your[_-]?|example|dummy|sample|placeholder|fake|mock|redacted|todo|fixme|insert[_-]|xxx|test|foobar|lorem|<[^<>]*>|\.\.\.|\*\*\*|•|…\(\d/i

const TEMPLATE = /\$\{|\{\{|\{%|<%|#\{|%\(|\$\(|^\$[A-Za-z_]|^%[A-Za-z_]+%$|\{[0-9]*\}|^!|^(?:vault|ref\+|op|sm|awssm|gcpsm|azkv|secretsmanager|ssm):|^arn:aws:(?:secretsmanager|ssm)|^ENC\[|^ENC\(/

/** Stock passwords of local databases and brokers: defaults, not leaked secrets. */
const WELL_KNOWN_DEFAULTS = new Set([
  'password',
  'passwd',
  'pass',
  'secret',
  'token',
  'postgres',
  'postgresql',
  'root',
  'admin',
  'administrator',
  'guest',
  'mysql',
  'mariadb',
  'redis',
  'mongo',
  'rabbitmq',
  'minioadmin',
  'user',
  'username',
  'default',
  'toor',
  'none',
  'null',
  'nil',
  'undefined',
  'true',
  'false',
  'empty',
  '1234',
  '12345',
  '123456',
  '1234567',
  '12345678',
  '123456789',
  'qwerty',
  'abc123',
])

/**
 * Typed-in filler rather than a generated value: half or more of it (and at least eight characters)
 * one run counting up (`abcdefghijkl…`, `1234567890`), as fixtures and docs write the random part of
 * a token (`xoxb-123456789012-…-abcdefghijklmnopqrstuvwx`). A key with a shorter run in it
 * (`…NoPqRsTuVwXyZ1234…`) is still somebody's key.
 */
export function isCountingFiller(value: string): boolean {
  let run = 1
  let longest = 1
  for (let i = 1; i < value.length; i++) {
    const prev = value.charCodeAt(i - 1) | 0x20
    const c = value.charCodeAt(i) | 0x20
    const letters = prev >= 97 && c <= 122 && c === prev + 1
    const digits = prev >= 0x30 && prev <= 0x39 && c >= 0x30 && c <= 0x39 && (c === prev + 1 || (prev === 0x39 && c === 0x30))
    run = letters || digits ? run + 1 : 1
    if (run > longest) longest = run
  }
  return longest >= 8 && longest * 2 >= value.length
}

/**
 * The random part of a provider token that nobody generated: too few distinct characters for its
 * length (below `minEntropy` bits per character), or typed-in counting filler.
 */
export function looksTypedIn(body: string, minEntropy: number): boolean {
  return shannonEntropy(body) < minEntropy || isCountingFiller(body)
}

/** Placeholders, templates and stock defaults that are not real secrets. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim()
  if (v === '') return true
  if (WELL_KNOWN_DEFAULTS.has(v.toLowerCase())) return true
  if (PLACEHOLDER_WORDS.test(v) || TEMPLATE.test(v)) return true
  // One repeated character (`xxxxxxxx`, `********`, `00000000`).
  return /^(.)\1*$/.test(v)
}

/**
 * Prefixes of provider credentials that dedicated rules report; the generic rule skips them so a
 * line is not reported twice.
 */
export const PROVIDER_TOKEN =
  /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}|\bgithub_pat_|\bgl(?:pat|dt|rt|ptt)-|\bnpm_[A-Za-z0-9]{30,}|\bpypi-AgE|\bxox[baprs]-|\b[rs]k_(?:live|test)_|\bwhsec_|\bAIza[0-9A-Za-z_-]{30,}|\beyJ[A-Za-z0-9_-]{8,}\.eyJ|-----BEGIN|AccountKey=|SharedAccessKey=|hooks\.slack\.com|discord(?:app)?\.com\/api\/webhooks|\d{8,10}:AA[A-Za-z0-9_-]{30,}|:\/\/[^\s:@/]+:[^\s@/]+@/

/** Key=value connection strings (ADO.NET, libpq, ODBC): `Server=db;User Id=app;Password=…`. */
export const KV_CONNECTION = /(?:^|[;\s"'`])(?:Server|Host|host|Data Source|Addr|Address|dbname|Database|Initial Catalog|User ID|User Id|UID|Uid|user)\s*=/
export const KV_PASSWORD = /(?:^|[;\s"'`])(Password|PASSWORD|password|Pwd|PWD|pwd)\s*=\s*([^;"'`\s,)]+)/

const ENV_FILE = /^\.env(?:\.[\w.-]+)?$|^[\w.-]+\.env$/
const ENV_TEMPLATE = /(?:^|[._-])(?:example|sample|template|tpl|dist|defaults?|schema|skeleton|stub|in)$/i

/** `.env`, `.env.local`, `prod.env`, ... but not `.env.example` and friends. */
export function isCommittedEnvFile(path: string): boolean {
  const name = baseName(path)
  if (!ENV_FILE.test(name)) return false
  return !ENV_TEMPLATE.test(name.replace(/^\.env\.?/, '').replace(/\.env$/, ''))
}

/** The idiomatic environment read for a variable in a language, formatted for a suggestion. */
export function envRead(language: Language, variable: string): string {
  const code = envReadCode(language, variable)
  return code ? `\`${code}\`` : `the ${variable} environment variable`
}

function envReadCode(language: Language, variable: string): string | undefined {
  switch (language) {
    case 'python':
      return `os.environ["${variable}"]`
    case 'javascript':
    case 'typescript':
    case 'vue':
    case 'svelte':
      return `process.env.${variable}`
    case 'go':
      return `os.Getenv("${variable}")`
    case 'java':
    case 'kotlin':
      return `System.getenv("${variable}")`
    case 'ruby':
      return `ENV.fetch("${variable}")`
    case 'php':
      return `getenv('${variable}')`
    case 'csharp':
      return `Environment.GetEnvironmentVariable("${variable}")`
    case 'rust':
      return `std::env::var("${variable}")`
    case 'github-actions':
      return `\${{ secrets.${variable} }}`
    case 'shell':
    case 'makefile':
    case 'yaml':
    case 'dockerfile':
      return `\${${variable}}`
    default:
      return undefined
  }
}

/** `SCREAMING_SNAKE` form of an identifier, for an environment variable name. */
export function envName(identifier: string): string {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()
}

/** Standard advice for a provider credential: rotate first, then load it at runtime. */
export function rotateAndLoad(file: FileUnderReview, what: string, variable: string): string {
  return `Revoke and rotate this ${what} now (it is in the repository history), then load it at runtime from ${envRead(file.language, variable)} or a secret manager.`
}

export type SecretKind = 'password' | 'secret'

const PASSWORD_WORDS = new Set(['password', 'passwd', 'passphrase', 'pwd', 'pass'])
const SECRET_COMPOUNDS = new Set(['apikey', 'secretkey', 'accesskey', 'privatekey', 'authkey', 'clientsecret', 'accesstoken', 'authtoken', 'apitoken'])
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'secret', 'private', 'auth', 'client', 'encryption', 'signing', 'master', 'app', 'license',
  'service', 'account', 'subscription', 'webhook', 'hmac', 'jwt', 'session', 'aes', 'crypto', 'cipher',
  'consumer', 'shared', 'admin', 'management', 'deploy', 'integration', 'encrypt', 'enc', 'decrypt', 'decryption',
  'symmetric', 'cookie', 'totp', 'otp', 'mfa',
])
/** Tokens that are not credentials: pagination cursors, tokenizer vocabulary, CSRF field names. */
const HARMLESS_TOKEN_QUALIFIERS = new Set([
  'page', 'next', 'prev', 'previous', 'continuation', 'cursor', 'sync', 'cancel', 'cancellation', 'csrf', 'xsrf',
  'eos', 'bos', 'pad', 'unk', 'sep', 'cls', 'mask', 'start', 'end', 'special', 'lexer', 'eof', 'max', 'min',
  'num', 'input', 'output', 'split', 'stop', 'type', 'name', 'first', 'last',
])
const SHELLISH = new Set<Language>(['shell', 'dockerfile', 'makefile'])

/** Names repeat across a changeset (`token`, `api_key`), so classifications are memoised. */
const CLASSIFIED = new Map<string, SecretKind | null>()

/** Whether a name holds a password or another secret (`DB_PASSWORD`, `apiKey`, `client_secret`), by its last words. */
export function classifySecretName(name: string, language: Language): SecretKind | undefined {
  const key = SHELLISH.has(language) ? `$${name}` : name
  let kind = CLASSIFIED.get(key)
  if (kind === undefined) {
    if (CLASSIFIED.size > 4096) CLASSIFIED.clear()
    CLASSIFIED.set(key, (kind = classify(name, language) ?? null))
  }
  return kind ?? undefined
}

function classify(name: string, language: Language): SecretKind | undefined {
  const words = identifierWords(name)
  const last = words.at(-1)
  if (!last) return undefined
  const prev = words.at(-2)
  if (PASSWORD_WORDS.has(last)) return last === 'pwd' && SHELLISH.has(language) ? undefined : 'password'
  if (last === 'secret' || SECRET_COMPOUNDS.has(last)) return 'secret'
  if (last === 'token') return prev && HARMLESS_TOKEN_QUALIFIERS.has(prev) ? undefined : 'secret'
  if (last === 'key' && prev && KEY_QUALIFIERS.has(prev)) return 'secret'
  // passport-jwt's `secretOrKey`, jsonwebtoken's `secretOrPrivateKey`.
  if (last === 'key' && words[0] === 'secret' && words[1] === 'or') return 'secret'
  if (last === 'base' && words.slice(-3).join('') === 'secretkeybase') return 'secret'
  return undefined
}


/**
 * A credential shape, as a span to mask: the same shapes the rules above report, loosened (any
 * length, no entropy floor) so masking catches everything a rule would flag and a little more.
 * Every pattern starts at a literal or a token boundary and has no nested quantifiers, so a scan
 * stays linear on hostile text.
 */
export interface CredentialShape {
  what: string
  /** Flags `dg`: the secret is capture group `group` (0 = the whole match). */
  pattern: RegExp
  group?: number
  /** Leading characters that are a public prefix (`ghp_`, `sk_live_`), left readable when masked. */
  keep?: number
  /** Values the rules never flag (placeholders, templates, variables). */
  skip?: (value: string) => boolean
  /**
   * Case-sensitive text every match contains one of: a text without any cannot match, and an
   * `includes` scan is far cheaper than running the pattern (its leading look-behind stops the
   * regex engine from searching for the literal itself).
   */
  literals?: readonly string[]
}

const TEMPLATED_VALUE = /[{}%$]/
/** `getpass()`, `os.environ["X"]`, `hashlib.md5(pw)`: code that reads a secret, not the secret. */
const CALL = /^[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)*[([]/
/**
 * A name or property path (`pw`, `db_password`, `process.env.DB_PASSWORD`) is code, unless it has
 * digits like YAML's `password: hunter2` or a connection string's `Password=p4ss.w0rd`.
 */
const VARIABLE = /^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z_$]*)*$/

/** Templates, placeholders: never a literal secret. */
export function isTemplated(value: string): boolean {
  return TEMPLATED_VALUE.test(value) || isPlaceholder(value)
}

/** A value in `password=…` that is code or a template rather than a literal. */
export function isSecretReference(value: string): boolean {
  return value.length < 4 || isTemplated(value) || CALL.test(value) || VARIABLE.test(value)
}

export const CREDENTIAL_SHAPES: readonly CredentialShape[] = [
  { what: 'AWS access key id', literals: ['AKIA', 'ASIA'], pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/dg, keep: 4 },
  {
    what: 'AWS secret access key',
    pattern: /(?:aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key)["']?[ \t]*(?::=|=>|=|:)[ \t]*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    group: 1,
  },
  { what: 'Google API key', literals: ['AIza'], pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{30,}/dg, keep: 4 },
  { what: 'Azure account key', literals: ['AccountKey', 'SharedAccessKey'], pattern: /\b(?:AccountKey|SharedAccessKey)[ \t]*=[ \t]*([A-Za-z0-9+/]{20,}={0,2})/dg, group: 1 },
  { what: 'GitHub token', literals: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{30,}/dg, keep: 4 },
  { what: 'GitHub fine-grained token', literals: ['github_pat_'], pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{20,}/dg, keep: 11 },
  { what: 'GitLab token', literals: ['glpat-', 'gldt-', 'glrt-', 'glptt-'], pattern: /(?<![A-Za-z0-9_])gl(?:pat|dt|rt|ptt)-[A-Za-z0-9_-]{20,}/dg, keep: 3 },
  { what: 'npm token', literals: ['npm_'], pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{30,}/dg, keep: 4 },
  { what: 'npm registry auth', literals: ['_auth'], pattern: /(?<![A-Za-z0-9])_auth(?:Token)?[ \t]*=[ \t]*["']?([A-Za-z0-9+/=._-]{16,})/dg, group: 1, skip: isPlaceholder },
  { what: 'PyPI token', literals: ['pypi-AgE'], pattern: /(?<![A-Za-z0-9_])pypi-AgE[A-Za-z0-9_-]{30,}/dg, keep: 5 },
  { what: 'Slack token', literals: ['xox'], pattern: /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/dg, keep: 5, skip: isPlaceholder },
  { what: 'Slack webhook', literals: ['hooks.slack.com/'], pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9_/-]{16,})/dg, group: 1 },
  { what: 'Discord webhook', literals: ['/api/webhooks/'], pattern: /discord(?:app)?\.com\/api\/webhooks\/[0-9]+\/([A-Za-z0-9_-]{20,})/dg, group: 1 },
  { what: 'Telegram bot token', literals: [':AA'], pattern: /(?<![0-9])[0-9]{8,10}:(AA[A-Za-z0-9_-]{30,})/dg, group: 1, keep: 2 },
  { what: 'Stripe key', literals: ['k_live_', 'k_test_'], pattern: /(?<![A-Za-z0-9_])[rs]k_(?:live|test)_[A-Za-z0-9]{10,}/dg, keep: 8 },
  { what: 'Stripe webhook secret', literals: ['whsec_'], pattern: /(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/=]{20,}/dg, keep: 6 },
  { what: 'OpenAI or Anthropic key', literals: ['sk-'], pattern: /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/dg, keep: 3 },
  { what: 'JWT', literals: ['eyJ'], pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/dg, keep: 3 },
  { what: 'password in a URL', literals: ['://'], pattern: /:\/\/[^\s:/@'"`]*:([^\s@'"`/]+)@/dg, group: 1, skip: isTemplated },
  { what: 'password in a connection string', literals: ['Password', 'PASSWORD', 'password', 'Pwd', 'PWD', 'pwd'], pattern: /(?:^|[;\s"'`])(?:Password|PASSWORD|password|Pwd|PWD|pwd)[ \t]*=[ \t]*((?:[^;"'`\s,)\\]|\\(?![nrt"'`]))+)/dg, group: 1, skip: isSecretReference },
  {
    what: 'Authorization header credential',
    pattern: /\b(?:bearer|basic|token)[ \t]+([A-Za-z0-9._~+/=-]{16,})/dgi,
    group: 1,
    skip: (v) => isPlaceholder(v) || shannonEntropy(v) < 3.5,
  },
]
