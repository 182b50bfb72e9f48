export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'

export interface GitHubAppConfig {
  appId: string
  privateKey: string
  webhookSecret: string
  apiUrl: string
  publicBaseUrl: string | null
}

/** The App's settings, or null when it is not configured (the webhook route then answers 404). */
export function readGitHubConfig(env: Env): GitHubAppConfig | null {
  const appId = env.GITHUB_APP_ID?.trim()
  const privateKey = env.GITHUB_APP_PRIVATE_KEY?.trim()
  const webhookSecret = env.GITHUB_WEBHOOK_SECRET
  if (!appId || !privateKey || !webhookSecret) return null
  return {
    appId,
    privateKey,
    webhookSecret,
    apiUrl: trimSlashes(env.GITHUB_API_URL?.trim() || DEFAULT_GITHUB_API_URL),
    publicBaseUrl: env.PUBLIC_BASE_URL?.trim() ? trimSlashes(env.PUBLIC_BASE_URL.trim()) : null,
  }
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '')
}
