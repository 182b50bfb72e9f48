// Flags database and broker URLs with an inline password (`postgres://app:s3cr3t@db…`). Known false
// positives: none seen; placeholders, `${VAR}`/`{password}` templates and stock local defaults are skipped.
import type { LineRule, RuleHit } from '../../types'
import { isPlaceholder, rotateAndLoad, shannonEntropy } from './util'

const URL_WITH_PASSWORD =
  /\b(postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse)(?:\+[a-z0-9]+)?:\/\/([^\s:/@'"`]*):([^\s@'"`/]*)@([^\s/:'"`?,;)]+)/gi
const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i
const TEMPLATED = /[{}%$]|^\*+$/

const VARIABLE: Record<string, string> = { mongodb: 'MONGODB_URI', redis: 'REDIS_URL', rediss: 'REDIS_URL', amqp: 'AMQP_URL', amqps: 'AMQP_URL' }

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
    if (!text.includes('://')) return undefined
    const hits: RuleHit[] = []
    for (const m of text.matchAll(URL_WITH_PASSWORD)) {
      const [scheme, user, password, host] = [m[1]!.toLowerCase(), m[2]!, m[3]!, m[4]!]
      if (password === '' || TEMPLATED.test(password) || isPlaceholder(password) || password === user) continue
      if (ctx.file.isTest && (password.length < 12 || shannonEntropy(password) < 3.5)) continue
      const local = LOCAL_HOST.test(host)
      const variable = VARIABLE[scheme.replace('+srv', '')] ?? 'DATABASE_URL'
      hits.push({
        line: ctx.line.newLine,
        message: `\`${scheme}://${user}:****@${host}\` embeds a ${password.length}-character password in the connection string${local ? ' (local host, but such passwords are often reused)' : ''}.`,
        suggestion: rotateAndLoad(ctx.file, 'password', variable) + ' Keep the whole URL in the secret, not just the password.',
        ...(local ? { severity: 'major' as const } : {}),
      })
    }
    return hits
  },
}
