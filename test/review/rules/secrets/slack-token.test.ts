import { slackToken } from '../../../../src/review/rules/secrets/slack-token'
import { testRule } from '../../rule-tester'

const BOT = 'xox' + 'b-669375989627-9845217352550-xVDwVy7EkhhNP2zIYacYBVI0'
const USER = 'xox' + 'p-64009915939-94633098626-509711299707-ee23c9d264d1d8d7f526d15b88ec0e80'

testRule(slackToken, {
  valid: [
    { code: 'client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])\n', path: 'bot.py' },
    "// Set SLACK_BOT_TOKEN to your xoxb-your-bot-token\nconst app = new App({ token: process.env.SLACK_BOT_TOKEN })\n",
    { code: 'SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx\n', path: 'docs/slack.md' },
    "if (!token.startsWith('xoxb-')) throw new Error('bot token expected')\n",
    { code: 'slack:\n  token: "{{ slack_bot_token }}"\n', path: 'ansible/vars.yml' },
    // Typed-in filler: the random part counts up through the alphabet.
    { code: "  slackToken: 'xox" + "b-123456789012-1234567890123-abcdefghijklmnopqrstuvwx',\n", path: 'test/fixtures/tokens.js' },
  ],
  invalid: [
    {
      code: `const app = new App({\n  token: '${BOT}',\n  signingSecret: process.env.SLACK_SIGNING_SECRET,\n})\n`,
      findings: [{ line: 2, severity: 'critical', message: /Slack bot token `xoxb-…\(56 chars\)`/, suggestion: /process\.env\.SLACK_BOT_TOKEN/ }],
    },
    { code: `SLACK_TOKEN = "${USER}"\n`, path: 'tools/export.py', findings: [{ line: 1, message: /Slack user token/, suggestion: /os\.environ\["SLACK_TOKEN"\]/ }] },
    { code: `curl -H "Authorization: Bearer ${BOT}" https://slack.com/api/auth.test\n`, path: 'scripts/check.sh', findings: [{ line: 1 }] },
    { code: `    client = WebClient(token="${BOT}")\n`, path: 'tests/test_notify.py', findings: [{ line: 1, severity: 'critical' }] },
  ],
})
