import { webhookUrl } from '../../../../src/review/rules/secrets/webhook-url'
import { testRule } from '../../rule-tester'

const SLACK = 'https://hooks.slack.com/services/' + 'T5G6CWVVK/B8D38F8GQ3E/bZp1xzAT1ZfdvfBZneb4OpLu'
const DISCORD = 'https://discord.com/api/webhooks/' + '866725621977862858/XUikOVKOaOQtqPaPm7dsnuJwrLEmjcIVtIZY6rtzBoFPSJOs_UOPp1pj227XCEd_sLDI'

testRule(webhookUrl, {
  valid: [
    { code: 'SLACK_WEBHOOK_URL = os.environ["SLACK_WEBHOOK_URL"]\n', path: 'alerts.py' },
    // Slack's documented placeholder.
    { code: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n', path: 'README.md' },
    "const base = 'https://hooks.slack.com/services/'\nconst url = `${base}${process.env.SLACK_PATH}`\n",
    "const docs = 'https://discord.com/developers/docs/resources/webhook'\n",
    "await fetch('https://discord.com/api/webhooks/' + id + '/' + token, { method: 'POST' })\n",
    // A path of another shape, and the placeholder kept apart from its host.
    "app.use('/services/Tenants', tenantsRouter)\n",
    "const req = https.request({ hostname: 'hooks.slack.com', path: '/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX' })\n",
  ],
  invalid: [
    {
      code: `requests.post("${SLACK}", json={"text": msg})\n`,
      path: 'alerts.py',
      findings: [{ line: 1, severity: 'major', message: /Slack webhook URL `https:\/\/hooks\.slack\.com\/…\/bZp1…\(24 chars\)`/, suggestion: /SLACK_WEBHOOK_URL/ }],
    },
    { code: `const DISCORD_WEBHOOK = '${DISCORD}'\n`, findings: [{ line: 1, message: /Discord webhook URL `…\/api\/webhooks\/866725621977862858\/XUik…\(68 chars\)`/ }] },
    // The path written apart from its host.
    {
      code: "const req = https.request({\n  hostname: 'hooks.slack.com',\n  path: '/services/' + 'T024BE7LD/B08JQ1N2LMP/9tXq2ZbLw7QpR4sKd1yVn3Hc',\n})\n".replace("'/services/' + '", "'/services/"),
      path: 'bin/deploy.js',
      findings: [{ line: 3, message: /Slack webhook path `\/services\/T024BE7LD\/B08JQ1N2LMP\/9tXq…\(24 chars\)`/ }],
    },
    { code: `notify:\n  url: ${SLACK}\n`, path: 'config/alerting.yml', findings: [{ line: 2, suggestion: /\$\{SLACK_WEBHOOK_URL\}/ }] },
  ],
})
