/** The deployment origin without a trailing slash, so joined paths never double it. */
export function baseUrl(origin: string): string {
  return origin.replace(/\/+$/, '')
}

/** Rule ids contain `/`; encoded, they stay one path segment (Hono decodes the param). */
export function ruleHelpUri(origin: string, ruleId: string): string {
  return `${baseUrl(origin)}/docs/rules/${encodeURIComponent(ruleId)}`
}
