// Flags API keys of AI and SaaS providers whose format names the provider (OpenAI `sk-proj-`, Anthropic
// `sk-ant-api03-`, SendGrid `SG.x.y`, Hugging Face `hf_`, Databricks `dapi`, …), whatever the variable
// holding them is called: `new Resend('re_…')` and `new HfInference('hf_…')` name no secret. Known
// false positives: none seen; low-entropy and `xxxx`/`EXAMPLE` look-alikes and test files are skipped.
import type { LineRule, RuleHit } from '../../types'
import { looksTypedIn, maskSecret, rotateAndLoad, type CredentialShape } from './util'

interface Provider {
  what: string
  variable: string
  /** Characters of the match left readable when masked (the public prefix). */
  keep: number
  pattern: RegExp
}

/** Each format as the provider documents it, anchored so a longer identifier never matches. */
const PROVIDERS: Record<string, Provider> = {
  'sk-ant-': { what: 'Anthropic API key', variable: 'ANTHROPIC_API_KEY', keep: 7, pattern: /sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}/y },
  'sk-': { what: 'OpenAI API key', variable: 'OPENAI_API_KEY', keep: 3, pattern: /sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})/y },
  'SG.': { what: 'SendGrid API key', variable: 'SENDGRID_API_KEY', keep: 3, pattern: /SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/y },
  're_': { what: 'Resend API key', variable: 'RESEND_API_KEY', keep: 3, pattern: /re_[A-Za-z0-9]{8}_[A-Za-z0-9]{20,}/y },
  'hf_': { what: 'Hugging Face token', variable: 'HF_TOKEN', keep: 3, pattern: /hf_[A-Za-z0-9]{34,}/y },
  'r8_': { what: 'Replicate API token', variable: 'REPLICATE_API_TOKEN', keep: 3, pattern: /r8_[A-Za-z0-9]{37}/y },
  'gsk_': { what: 'Groq API key', variable: 'GROQ_API_KEY', keep: 4, pattern: /gsk_[A-Za-z0-9]{52}/y },
  'pplx-': { what: 'Perplexity API key', variable: 'PERPLEXITY_API_KEY', keep: 5, pattern: /pplx-[A-Za-z0-9]{48}/y },
  'xai-': { what: 'xAI API key', variable: 'XAI_API_KEY', keep: 4, pattern: /xai-[A-Za-z0-9]{80}/y },
  'ntn_': { what: 'Notion integration token', variable: 'NOTION_TOKEN', keep: 4, pattern: /ntn_[A-Za-z0-9]{46}/y },
  'secret_': { what: 'Notion integration token', variable: 'NOTION_TOKEN', keep: 7, pattern: /secret_[A-Za-z0-9]{43}/y },
  'dapi': { what: 'Databricks access token', variable: 'DATABRICKS_TOKEN', keep: 4, pattern: /dapi[a-f0-9]{32}(?:-\d)?/y },
  'dop_v1_': { what: 'DigitalOcean token', variable: 'DIGITALOCEAN_TOKEN', keep: 7, pattern: /dop_v1_[a-f0-9]{64}/y },
  'doo_v1_': { what: 'DigitalOcean OAuth token', variable: 'DIGITALOCEAN_TOKEN', keep: 7, pattern: /doo_v1_[a-f0-9]{64}/y },
  'dor_v1_': { what: 'DigitalOcean refresh token', variable: 'DIGITALOCEAN_TOKEN', keep: 7, pattern: /dor_v1_[a-f0-9]{64}/y },
  'sbp_': { what: 'Supabase access token', variable: 'SUPABASE_ACCESS_TOKEN', keep: 4, pattern: /sbp_[a-f0-9]{40}/y },
  'pscale_': { what: 'PlanetScale credential', variable: 'PLANETSCALE_TOKEN', keep: 11, pattern: /pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}/y },
  'PMAK-': { what: 'Postman API key', variable: 'POSTMAN_API_KEY', keep: 5, pattern: /PMAK-[a-f0-9]{24}-[a-f0-9]{34}/y },
  'lin_api_': { what: 'Linear API key', variable: 'LINEAR_API_KEY', keep: 8, pattern: /lin_api_[A-Za-z0-9]{40}/y },
  'sntry': { what: 'Sentry auth token', variable: 'SENTRY_AUTH_TOKEN', keep: 7, pattern: /sntry[su]_[A-Za-z0-9+/=_]{40,}/y },
  'glsa_': { what: 'Grafana service account token', variable: 'GRAFANA_TOKEN', keep: 5, pattern: /glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}/y },
  'NRAK-': { what: 'New Relic user API key', variable: 'NEW_RELIC_API_KEY', keep: 5, pattern: /NRAK-[A-Z0-9]{27}/y },
  'figd_': { what: 'Figma access token', variable: 'FIGMA_TOKEN', keep: 5, pattern: /figd_[A-Za-z0-9_-]{40,}/y },
  'dp.': { what: 'Doppler token', variable: 'DOPPLER_TOKEN', keep: 6, pattern: /dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}/y },
  'pul-': { what: 'Pulumi access token', variable: 'PULUMI_ACCESS_TOKEN', keep: 4, pattern: /pul-[a-f0-9]{40}/y },
  'ATATT3': { what: 'Atlassian API token', variable: 'ATLASSIAN_API_TOKEN', keep: 6, pattern: /ATATT3[A-Za-z0-9_=-]{150,}/y },
  'sk.eyJ': { what: 'Mapbox secret token', variable: 'MAPBOX_SECRET_TOKEN', keep: 3, pattern: /sk\.eyJ[A-Za-z0-9_-]{50,}\.[A-Za-z0-9_-]{20,}/y },
}

const PREFIXES = Object.keys(PROVIDERS).sort((a, b) => b.length - a.length)
const START = new RegExp(`(?<![A-Za-z0-9_.-])(?:${PREFIXES.map((p) => p.replace(/[.]/g, '\\.')).join('|')})`, 'g')
/** A provider's format where it stands alone: not inside a longer identifier on either side. */
const standalone = (provider: Provider) => `(?<![A-Za-z0-9_.-])(?:${provider.pattern.source})(?![A-Za-z0-9])`
/** Any of the formats above inside a value: the generic rule leaves these to this one. */
export const SAAS_API_KEY = new RegExp(Object.values(PROVIDERS).map(standalone).join('|'))

/** Public look-alikes: `xxxx…`, `EXAMPLE`, `your…`, a run of one character. */
const PLACEHOLDER = /x{6}|X{6}|EXAMPLE|example|your|YOUR|placeholder|(.)\1{7}/

/** The same formats for `redactSecrets`, so a key this rule reports is masked wherever it is quoted. */
export const SAAS_CREDENTIAL_SHAPES: readonly CredentialShape[] = Object.entries(PROVIDERS).map(([prefix, p]) => ({
  what: p.what,
  literals: [prefix],
  pattern: new RegExp(standalone(p), 'dg'),
  keep: p.keep,
  skip: (value: string) => PLACEHOLDER.test(value),
}))

export const saasApiKey: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/saas-api-key',
    title: 'AI or SaaS provider API key committed',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'Keys whose format names the provider (OpenAI, Anthropic, SendGrid, Resend, Hugging Face, Replicate, Groq, Notion, Databricks, DigitalOcean, Supabase, PlanetScale, Linear, Sentry, Grafana, Doppler, Pulumi, Atlassian, …) bill usage to the owner and read or change their data. Anyone with the repository can use them until they are revoked.',
    examples: {
      bad: "const hf = new HfInference('hf_" + "Zq8wZp3NvR6tY1xL9cB7mD0sA5eH2gU4iO8j')\n",
      good: "const hf = new HfInference(process.env.HF_TOKEN)\nconst sample = 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n",
    },
  },
  trigger: PREFIXES,
  check(ctx) {
    if (ctx.file.isTest) return undefined
    const text = ctx.line.text
    const hits: RuleHit[] = []
    for (const start of text.matchAll(START)) {
      const prefix = PREFIXES.find((p) => text.startsWith(p, start.index))!
      const provider = PROVIDERS[prefix]!
      provider.pattern.lastIndex = start.index
      const m = provider.pattern.exec(text)
      if (!m || /[A-Za-z0-9]/.test(text[start.index + m[0].length] ?? '')) continue
      const body = m[0].slice(provider.keep)
      if (PLACEHOLDER.test(body) || looksTypedIn(body, 3.5)) continue
      hits.push({
        line: ctx.line.newLine,
        message: `${provider.what} \`${maskSecret(m[0], provider.keep)}\` is committed; anyone with the repository can use it on the owner's account.`,
        suggestion: rotateAndLoad(ctx.file, `key in the provider's dashboard`, provider.variable),
      })
      break
    }
    return hits
  },
}
