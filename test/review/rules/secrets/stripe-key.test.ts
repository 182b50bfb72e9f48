import { stripeKey } from '../../../../src/review/rules/secrets/stripe-key'
import { testRule } from '../../rule-tester'

const LIVE = 'sk_' + 'live_wjwtlPnHFrzjMqP6QJ3lsEh7s2LAjSb3CsfuoRxdfNOgIM8zCY22GyWXD5gRMnjZTIkTpVlOKVUrhXkjckUKUTNhk0RWGcLWcRF'
const RESTRICTED = 'rk_' + 'live_L7XXTEFP1wwrz77a0yFmHnxglbqwREokTscmm836'
const TEST = 'sk_' + 'test_28FGoJE6v3U7oHJHQkFEhdp7OSGGYtBtMHEQdPPQ'
const WEBHOOK = 'wh' + 'sec_XJ2rOP8AN6lNFLnIHGfbk4l6d77Fi9lg'

testRule(stripeKey, {
  valid: [
    "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' })\n",
    // Filler typed in for the random part (the alphabet, counting digits).
    `const stripe = new Stripe('${'sk_' + 'live_'}abcdefghijklmnopqrstuvwx12')\n`,
    // Publishable keys are meant for the browser.
    "const stripePromise = loadStripe('pk_live_51Hq2ZkLmN8vR4tXw7YbC3pD9sF6gJ1hK0aE5uI2oQ8zV4')\n",
    // Stripe's documented test key.
    { code: 'stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"\n', path: 'docs/quickstart.py' },
    "if (key.startsWith('sk_live_')) warnLiveMode()\n",
    { code: 'STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXX\n', path: 'docs/deploy.md' },
    // Test-mode keys and webhook secrets are fixtures in test code.
    { code: `STRIPE_KEY = "${TEST}"\nWEBHOOK_SECRET = "${WEBHOOK}"\n`, path: 'tests/test_billing.py' },
    { code: `const stripe = new Stripe('${TEST}')\n`, path: 'src/billing/billing.service.spec.ts' },
    // So are they in sample data: an API schema's example, a mock record.
    `secret: z.string().openapi({ example: '${WEBHOOK}', description: 'Shown once.' }),\n`,
    `const mockAccount = {\n  id: 'acct_1',\n  secretKey: '${TEST}',\n}\n`,
  ],
  invalid: [
    // A short run inside a key does not make it filler.
    { code: `const stripe = new Stripe('${'sk_' + 'live_'}51HqLmPKz8bXv2TnQ0aR7wYc3dEfGhJkLmNoPqRsTuVwXyZ1234abcd')\n`, findings: [{ line: 1 }] },
    {
      code: `const stripe = new Stripe('${LIVE}')\n`,
      findings: [{ line: 1, severity: 'critical', message: /Stripe live secret key `sk_live_…\(107 chars\)`.*charge cards/, suggestion: /process\.env\.STRIPE_SECRET_KEY/ }],
    },
    { code: `stripe.api_key = "${RESTRICTED}"\n`, path: 'billing/client.py', findings: [{ line: 1, severity: 'critical', message: /live restricted key/ }] },
    { code: `stripe.api_key = "${TEST}"\n`, path: 'billing/client.py', findings: [{ line: 1, severity: 'minor', message: /test-mode secret key/ }] },
    {
      code: `const event = stripe.webhooks.constructEvent(body, sig, '${WEBHOOK}')\n`,
      findings: [{ line: 1, severity: 'major', message: /webhook signing secret `whsec_…/, suggestion: /STRIPE_WEBHOOK_SECRET/ }],
    },
    { code: `STRIPE_KEY = "${LIVE}"\n`, path: 'tests/test_billing.py', findings: [{ line: 1, severity: 'critical' }] },
    // A live key in an example is live; a webhook secret outside sample data is a secret.
    { code: `secretKey: z.string().openapi({ example: '${LIVE}' }),\n`, findings: [{ line: 1, severity: 'critical' }] },
    { code: `const endpoint = {\n  url: 'https://example.com/hooks',\n  secret: '${WEBHOOK}',\n}\n`, findings: [{ line: 3, severity: 'major' }] },
  ],
})
