// The GitHub App's secrets and vars are not in wrangler.toml (the App is optional), so
// `wrangler types` cannot see them. Without all three secrets the webhook route answers 404.
interface AppSecrets {
  /** The App's numeric id (App settings → About). */
  GITHUB_APP_ID?: string
  /** The App's private key: the PKCS#1 PEM GitHub hands out, or PKCS#8. */
  GITHUB_APP_PRIVATE_KEY?: string
  /** The webhook secret set on the App; every delivery's `X-Hub-Signature-256` is checked against it. */
  GITHUB_WEBHOOK_SECRET?: string
  /** REST base URL; defaults to https://api.github.com, set it for GitHub Enterprise Server (`https://host/api/v3`). */
  GITHUB_API_URL?: string
  /** Where this service is reachable, for the check run's "details" links. */
  PUBLIC_BASE_URL?: string
}
