// Flags AWS access key ids (AKIA/ASIA) and AWS secret access key assignments. Known false positives:
// none seen; AWS's documented example credentials (`...EXAMPLE`, `...EXAMPLEKEY`) and typed-in shapes
// (`AKIAXXXXXXXXXXXXXXXX` in a scanner's docs) are skipped.
import type { LineRule, RuleHit } from '../../types'
import { looksTypedIn, maskSecret, rotateAndLoad, shannonEntropy } from './util'

const PREFILTER = /AKIA|ASIA|[Ss]ecret|SECRET/
const KEY_ID = /(?<![A-Za-z0-9])(AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g
const SECRET_KEY =
  /(aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key)["']?\s*(?::=|=>|=|:)\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi

export const awsAccessKey: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/aws-access-key',
    title: 'AWS access key committed',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'An AWS access key id together with its secret gives API access to the account, and keys pushed to a repository are harvested by scanners within minutes. Test files are no exception: a leaked key is leaked wherever it is.',
    examples: {
      bad: 'aws_access_key_id = "AKIA' + '2E3K7LM4QWERTY7Z"\n',
      good: 'aws_access_key_id = os.environ["AWS_ACCESS_KEY_ID"]\nexample_id = "AKIAIOSFODNN7EXAMPLE"\n',
    },
  },
  trigger: ['AKIA', 'ASIA', 'Secret', 'secret', 'SECRET'],
  check(ctx) {
    const text = ctx.line.text
    if (!PREFILTER.test(text)) return undefined
    const hits: RuleHit[] = []
    if (text.includes('AKIA') || text.includes('ASIA')) {
      for (const m of text.matchAll(KEY_ID)) {
        // A generated id's 16 characters are near-random (about 3.5-4 bits each); `XXXX…` shows the shape.
        if (m[0].endsWith('EXAMPLE') || looksTypedIn(m[0].slice(4), 3)) continue
        const temporary = m[1] === 'ASIA'
        hits.push({
          line: ctx.line.newLine,
          message: temporary
            ? `Temporary AWS access key id \`${maskSecret(m[0])}\` (STS session credentials) is committed.`
            : `AWS access key id \`${maskSecret(m[0])}\` is committed; with its secret it grants API access to the account.`,
          suggestion: rotateAndLoad(ctx.file, 'AWS access key in IAM', 'AWS_ACCESS_KEY_ID') +
            ' Prefer IAM roles or SSO profiles over long-lived keys.',
          ...(temporary ? { severity: 'major' as const } : {}),
        })
      }
    }
    if (/secret/i.test(text)) {
      for (const m of text.matchAll(SECRET_KEY)) {
        const value = m[2]!
        if (value.includes('EXAMPLE') || shannonEntropy(value) < 4) continue
        hits.push({
          line: ctx.line.newLine,
          message: `AWS secret access key assigned to \`${m[1]}\` (\`${maskSecret(value)}\`) is committed in plain text.`,
          suggestion: rotateAndLoad(ctx.file, 'AWS secret access key in IAM', 'AWS_SECRET_ACCESS_KEY'),
        })
      }
    }
    return hits
  },
}
