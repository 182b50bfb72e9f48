// Flags database, broker, mail, file-transfer, directory and HTTP URLs with an inline password
// (`postgres://app:s3cr3t@db…`, `smtps://alerts:…@smtp.acme.io`, `https://svc:…@api.partner.com`) and key=value
// connection strings with one (`Server=db;User Id=app;Password=…`). Known false
// positives: none seen; placeholders, `${VAR}`/`{password}` templates, stock local defaults and word-like
// passwords on localhost (development defaults) are skipped.
import type { LineContext, LineRule, RuleHit } from '../../types'
import { codeOf, CONFIG_LANGUAGES } from '../../source'
import { KV_CONNECTION, KV_PASSWORD, isPlaceholder, rotateAndLoad, shannonEntropy } from './util'

const URL_WITH_PASSWORD =
  /\b(postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|smtps?|ftps?|sftp|ldaps?|imaps?|pop3s?|https?)(?:\+[a-z0-9]+)?:\/\/([^\s:/@'"`]*):([^\s@'"`/]*)@([^\s/:'"`?,;)]+)/gi
const PREFILTER = /:\/\/|[Pp]assword|PASSWORD|[Pp][Ww][Dd]\s*=/
const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i
const TEMPLATED = /[{}%$]|^\*+$/

const VARIABLE: Record<string, string> = {
  mongodb: 'MONGODB_URI',
  redis: 'REDIS_URL',
  rediss: 'REDIS_URL',
  amqp: 'AMQP_URL',
  amqps: 'AMQP_URL',
  smtp: 'SMTP_URL',
  smtps: 'SMTP_URL',
  ftp: 'FTP_URL',
  ftps: 'FTP_URL',
  sftp: 'SFTP_URL',
  ldap: 'LDAP_URL',
  ldaps: 'LDAP_URL',
  imap: 'IMAP_URL',
  imaps: 'IMAP_URL',
  http: 'SERVICE_URL',
  https: 'SERVICE_URL',
}

/** Long and near-random, as generated credentials are: `Vx7q2LmZ9tRk4p`, not `devpassword`. */
function generatedLooking(password: string): boolean {
  return password.length >= 12 && shannonEntropy(password) >= 3.5
}

export const connectionStringPassword: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/connection-string-password',
    title: 'Password in a connection string',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'A connection URL with an inline password hands the database or broker to anyone who can read the repository. Local-only URLs are reported at lower severity; obvious placeholders and templated passwords are ignored.',
    examples: {
      bad: 'DATABASE_URL = "postgresql://billing:' + 'Vx7q2LmZ9tRk4p@db.prod.internal:5432/billing"\n',
      good: 'DATABASE_URL = f"postgresql://{user}:{password}@{host}/billing"\nLOCAL_URL = "postgres://postgres:postgres@localhost:5432/dev"\nDOCS = "mongodb+srv://<user>:<password>@cluster0.mongodb.net"\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!PREFILTER.test(text)) return undefined
    if (!text.includes('://')) return checkKeyValue(ctx)
    const hits: RuleHit[] = []
    for (const m of text.matchAll(URL_WITH_PASSWORD)) {
      const [scheme, user, password, host] = [m[1]!.toLowerCase(), m[2]!, m[3]!, m[4]!]
      if (password === '' || TEMPLATED.test(password) || isPlaceholder(password) || password === user) continue
      if (ctx.file.isTest && (password.length < 12 || shannonEntropy(password) < 3.5)) continue
      const local = LOCAL_HOST.test(host)
      // A word-like password on this machine's own database (`shop:shop_dev_pw@localhost`) is a local
      // development default; a generated-looking one may well be a reused real password.
      if (local && !generatedLooking(password)) continue
      const variable = VARIABLE[scheme.replace('+srv', '')] ?? 'DATABASE_URL'
      hits.push({
        line: ctx.line.newLine,
        message: `\`${scheme}://${user}:****@${host}\` embeds a password (${password.length} characters) in the connection string${local ? ' (local host, but such passwords are often reused)' : ''}.`,
        suggestion: rotateAndLoad(ctx.file, 'password', variable) + ' Keep the whole URL in the secret, not just the password.',
        ...(local ? { severity: 'major' as const } : {}),
      })
    }
    return hits
  },
}

/** `Server=db;Database=app;User Id=sa;Password=…;` and libpq's `host=db user=app password=…`. */
function checkKeyValue(ctx: LineContext): RuleHit | undefined {
  const text = ctx.line.text
  const m = KV_PASSWORD.exec(text)
  if (!m || !KV_CONNECTION.test(text)) return undefined
  const password = m[2]!
  if (TEMPLATED.test(password) || isPlaceholder(password)) return undefined
  // In code the connection string is a string literal; `connect(host=h, password=pw)` passes variables.
  const language = ctx.file.language
  if (!CONFIG_LANGUAGES.has(language) && language !== 'json') {
    const at = m.index + m[0].indexOf(m[1]!)
    if (codeOf(text, language)[at] !== ' ') return undefined
  }
  if (ctx.file.isTest && (password.length < 12 || shannonEntropy(password) < 3.5)) return undefined
  return {
    line: ctx.line.newLine,
    message: `Connection string embeds a password (\`${m[1]}=****\`, ${password.length} characters).`,
    suggestion: rotateAndLoad(ctx.file, 'password', 'DATABASE_URL') + ' Keep the whole connection string in the secret.',
  }
}
