/** The deployment origin without a trailing slash, so joined paths never double it. */
export function baseUrl(origin: string): string {
  let end = origin.length
  while (end > 0 && origin[end - 1] === '/') end--
  return origin.slice(0, end)
}

/**
 * Rule ids are `namespace/name`, served as two path segments (`/docs/rules/secrets/jwt`, the
 * `docs_url` of `GET /api/rules`). An encoded `%2F` would stay one segment and miss that route.
 */
export function ruleHelpUri(origin: string, ruleId: string): string {
  return `${baseUrl(origin)}/docs/rules/${ruleId.split('/').map(encodeURIComponent).join('/')}`
}
