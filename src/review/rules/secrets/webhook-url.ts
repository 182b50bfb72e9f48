// Flags Slack incoming-webhook and Discord webhook URLs, whose path is the credential.
// Known false positives: none; the documented `T00000000/B00000000/XXXX…` example is skipped.
import type { LineRule, RuleHit } from '../../types'
import { maskSecret, rotateAndLoad, shannonEntropy } from './util'

const SLACK = /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9_/-]{20,})/g
// The path alone, kept apart from its host (`https.request({ hostname: 'hooks.slack.com', path: '/services/T…/B…/…' })`):
// a workspace id, an integration id and the 24-character secret is Slack's shape and no one else's.
const SLACK_PATH = /(?<![\w.-])\/?services\/(T[A-Z0-9]{8,12})\/(B[A-Z0-9]{8,12})\/([A-Za-z0-9]{24})(?![A-Za-z0-9])/g
const DISCORD = /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/(\d{15,21})\/([A-Za-z0-9_-]{60,70})/g

export const webhookUrl: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/webhook-url',
    title: 'Chat webhook URL committed',
    severity: 'major',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'Slack and Discord webhook URLs need no other credential: anyone holding one can post messages (phishing links included) into the channel as your integration.',
    examples: {
      bad: 'SLACK_WEBHOOK = "https://hooks.slack.com/services/' + 'T04LQ2ZK8/B05RT7MNP3X/qZ8vK2mW9tR4xL7pN3bY6cHd"\n',
      good: 'SLACK_WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]\n# e.g. https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n',
    },
  },
  trigger: ['hooks.slack.com', '/api/webhooks/', 'services/T'],
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('hooks.slack.com') && !text.includes('/api/webhooks/') && !text.includes('services/T')) return undefined
    const hits: RuleHit[] = []
    if (text.includes('hooks.slack.com')) {
      for (const m of text.matchAll(SLACK)) {
        const path = m[1]!
        const secret = path.slice(path.lastIndexOf('/') + 1)
        if (secret.length < 16 || shannonEntropy(secret) < 3 || /x{6}|0{8}/i.test(path)) continue
        hits.push({
          line: ctx.line.newLine,
          message: `Slack webhook URL \`https://hooks.slack.com/…/${maskSecret(secret)}\` is committed; anyone with it can post into the channel.`,
          suggestion: rotateAndLoad(ctx.file, 'webhook (regenerate it in the Slack app settings)', 'SLACK_WEBHOOK_URL'),
        })
      }
    }
    if (hits.length === 0 && text.includes('services/T')) {
      for (const m of text.matchAll(SLACK_PATH)) {
        const secret = m[3]!
        if (shannonEntropy(secret) < 3 || /x{6}|0{8}/i.test(m[0])) continue
        hits.push({
          line: ctx.line.newLine,
          message: `Slack webhook path \`/services/${m[1]}/${m[2]}/${maskSecret(secret)}\` is committed; with \`hooks.slack.com\` it is the webhook URL, and anyone with it can post into the channel.`,
          suggestion: rotateAndLoad(ctx.file, 'webhook (regenerate it in the Slack app settings)', 'SLACK_WEBHOOK_URL'),
        })
      }
    }
    if (text.includes('/api/webhooks/')) {
      for (const m of text.matchAll(DISCORD)) {
        if (shannonEntropy(m[2]!) < 3.5) continue
        hits.push({
          line: ctx.line.newLine,
          message: `Discord webhook URL \`…/api/webhooks/${m[1]}/${maskSecret(m[2]!)}\` is committed; anyone with it can post into the channel.`,
          suggestion: rotateAndLoad(ctx.file, 'webhook (delete and recreate it in the channel settings)', 'DISCORD_WEBHOOK_URL'),
        })
      }
    }
    return hits
  },
}
