// Flags Stripe secret and restricted keys (`sk_live_`, `rk_live_`; `sk_test_`/`rk_test_` at minor)
// and webhook signing secrets (`whsec_`). Publishable `pk_` keys are public and ignored, and so are test-mode keys
// and webhook secrets in test code and in sample data (an OpenAPI `example:`, a mock record).
import type { LineRule, RuleHit, Severity } from '../../types'
import { isTestCode } from '../../source'
import { looksTypedIn, maskSecret, rotateAndLoad } from './util'
import { inSampleData } from './sample-data'

const PREFILTER = /k_live_|k_test_|whsec_/
const KEY = /(?<![A-Za-z0-9_])(?:([sr]k)_(live|test)_[A-Za-z0-9]{20,}|whsec_[A-Za-z0-9+/=]{24,})(?![A-Za-z0-9])/g
/** The test key printed throughout Stripe's documentation. */
const DOCUMENTED_TEST_KEYS = new Set(['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'sk_test_BQokikJOvBiI2HlWgH4olfQ2'])
/** The name a literal is assigned to or keyed under, just before it: `example: '…'`, `mockSecret = "…"`. */
const OWN_NAME = /([A-Za-z_$][\w$]*)["']?\s*[:=]\s*["'`]$/

export const stripeKey: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/stripe-key',
    title: 'Stripe secret key committed',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'A live secret key can create charges, issue refunds and read every customer record. Test-mode keys cannot move money but still expose test data and webhooks, so they are reported at lower severity.',
    examples: {
      bad: "const stripe = new Stripe('sk_" + "live_51Hq2ZkLmN8vR4tXw7YbC3pD9sF6gJ1hK0aE5uI2oQ8zV4')\n",
      good: "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY)\nconst publishable = 'pk_live_51Hq2ZkLmN8vR4tXw7YbC3pD9sF6gJ1hK0aE5uI2oQ8zV4'\n",
    },
  },
  trigger: ['k_live_', 'k_test_', 'whsec_'],
  check(ctx) {
    const text = ctx.line.text
    if (!PREFILTER.test(text)) return undefined
    const hits: RuleHit[] = []
    // Test code holds test-mode keys and webhook secrets as fixtures; a live key there is still live.
    const testCode = isTestCode(ctx.file)
    for (const m of text.matchAll(KEY)) {
      const key = m[0]
      const body = key.slice(key.lastIndexOf('_') + 1)
      if (DOCUMENTED_TEST_KEYS.has(key) || looksTypedIn(body, 3.5)) continue
      const [kind, mode] = [m[1], m[2]]
      // Sample data (an API schema's `example`, a mock record) holds made-up keys as tests do; a live key there is still live.
      if (mode !== 'live' && (testCode || inSampleData(ctx, OWN_NAME.exec(text.slice(0, m.index))?.[1] ?? '', m.index))) continue
      let what: string
      let severity: Severity | undefined
      let variable = 'STRIPE_SECRET_KEY'
      if (!kind) {
        what = 'Stripe webhook signing secret'
        severity = 'major'
        variable = 'STRIPE_WEBHOOK_SECRET'
      } else {
        what = `Stripe ${mode === 'live' ? 'live' : 'test-mode'} ${kind === 'sk' ? 'secret' : 'restricted'} key`
        if (mode === 'test') severity = 'minor'
      }
      const prefixLength = kind ? 8 : 6
      hits.push({
        line: ctx.line.newLine,
        message:
          mode === 'live'
            ? `${what} \`${maskSecret(key, prefixLength)}\` is committed; it can charge cards, refund payments and read customer data.`
            : `${what} \`${maskSecret(key, prefixLength)}\` is committed.`,
        suggestion: rotateAndLoad(ctx.file, 'key (roll it in the Stripe dashboard → Developers → API keys)', variable),
        ...(severity ? { severity } : {}),
      })
    }
    return hits
  },
}
