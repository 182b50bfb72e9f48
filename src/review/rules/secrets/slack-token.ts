// Flags Slack API tokens (`xoxb-`, `xoxp-`, `xoxa-`, `xoxr-`, `xoxs-`).
// Known false positives: none; placeholders such as `xoxb-your-token` lack the numeric team/user ids.
import type { LineRule, RuleHit } from '../../types'
import { looksTypedIn, maskSecret, rotateAndLoad } from './util'

const TOKEN = /(?<![A-Za-z0-9])xox([baprs])-(?:\d+-){1,3}[A-Za-z0-9]{8,}(?:-[A-Za-z0-9]+)*/g

const WHAT: Record<string, string> = {
  b: 'Slack bot token',
  p: 'Slack user token',
  a: 'Slack app token',
  r: 'Slack refresh token',
  s: 'Slack session token',
}

export const slackToken: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/slack-token',
    title: 'Slack token committed',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'Slack tokens read channels, files and direct messages with the scopes they were granted; a user token acts as that person.',
    examples: {
      bad: 'const slack = new WebClient("xox' + 'b-2648923105-4813569027154-Qm7vTz2LkR9pWc4XnB8sHd1y")\n',
      good: 'const slack = new WebClient(process.env.SLACK_BOT_TOKEN)\n// token looks like xoxb-your-bot-token\n',
    },
  },
  trigger: ['xox'],
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('xox')) return undefined
    const hits: RuleHit[] = []
    for (const m of text.matchAll(TOKEN)) {
      const tail = m[0].slice(m[0].lastIndexOf('-') + 1)
      if (looksTypedIn(tail, 3) || /x{6}/i.test(tail)) continue
      const what = WHAT[m[1]!]!
      hits.push({
        line: ctx.line.newLine,
        message: `${what} \`${maskSecret(m[0], 5)}\` is committed; it can read and post in the workspace with the app's scopes.`,
        suggestion: rotateAndLoad(ctx.file, 'token (revoke it under the app\'s OAuth & Permissions)', m[1] === 'b' ? 'SLACK_BOT_TOKEN' : 'SLACK_TOKEN'),
      })
    }
    return hits
  },
}
