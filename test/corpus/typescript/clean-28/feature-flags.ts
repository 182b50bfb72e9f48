// corpus: path=src/flags/feature-flags.ts
export type FlagDefinition = {
  key: string
  description: string
  defaultValue: boolean
  owner: string
}

export const FLAG_DEFINITIONS: readonly FlagDefinition[] = [
  { key: 'auth.passkeys', description: 'Offer passkeys on the sign-in page', defaultValue: true, owner: 'identity' },
  { key: 'auth.magic-link', description: 'Passwordless sign-in by email link', defaultValue: false, owner: 'identity' },
  { key: 'auth.password-breach-check', description: 'Reject passwords found in breach corpora', defaultValue: true, owner: 'identity' },
  { key: 'api-keys.scoped', description: 'Scopes on API keys', defaultValue: true, owner: 'platform' },
  { key: 'api-keys.expiry', description: 'Optional expiry dates on API keys', defaultValue: false, owner: 'platform' },
  { key: 'secrets.versioning', description: 'Keep previous versions of project secrets', defaultValue: true, owner: 'platform' },
  { key: 'webhooks.secret-rotation', description: 'Two active signing secrets during rotation', defaultValue: false, owner: 'platform' },
  { key: 'billing.tax-ids', description: 'Collect VAT and GST numbers', defaultValue: true, owner: 'billing' },
]

const OVERRIDE_HEADER = 'x-flag-overrides'
const OVERRIDE_COOKIE = 'flag_overrides'
const TOKEN_PLACEHOLDER = '<set FLAGS_SDK_KEY>'

export class FlagClient {
  private readonly values = new Map<string, boolean>()

  constructor(private readonly sdkKey: string | undefined) {
    for (const def of FLAG_DEFINITIONS) this.values.set(def.key, def.defaultValue)
    if (!sdkKey || sdkKey === TOKEN_PLACEHOLDER) console.warn('flags: no SDK key, using defaults')
  }

  isEnabled(key: string): boolean {
    return this.values.get(key) ?? false
  }

  applyOverrides(raw: string | null, allowOverrides: boolean): void {
    if (!raw || !allowOverrides) return
    for (const pair of raw.split(',')) {
      const [key, value] = pair.split('=')
      if (this.values.has(key)) this.values.set(key, value === 'on')
    }
  }

  static overrideSources() {
    return { header: OVERRIDE_HEADER, cookie: OVERRIDE_COOKIE }
  }
}
