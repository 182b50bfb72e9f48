/**
 * Defense in depth for text leaving the Worker: well-known credential shapes are replaced
 * wherever they appear, including lines no secrets rule flagged (context, removed lines,
 * the changeset description). Only unambiguous shapes, so ordinary code survives intact.
 */

const TOKEN_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  // A whole PEM block when its end is in the same text, else the marker and the rest of its line.
  [/-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,12000}?-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/g, 'private key'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----[^\n]*/g, 'private key'],
  [/(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, 'AWS access key'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}/g, 'GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, 'GitHub token'],
  [/\bglpat-[A-Za-z0-9_-]{20,}/g, 'GitLab token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, 'Slack token'],
  [/https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g, 'Slack webhook'],
  [/\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}/g, 'Stripe key'],
  [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/g, 'API key'],
  [/\bAIza[0-9A-Za-z_-]{35}/g, 'Google API key'],
  [/\bnpm_[A-Za-z0-9]{36}/g, 'npm token'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, 'JWT'],
]

/** `scheme://user:password@host`: keep the shape, drop the password. */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:)[^\s@/]+@/gi

export function scrubSecrets(text: string): string {
  let out = text
  for (const [shape, label] of TOKEN_SHAPES) out = out.replace(shape, `[redacted: ${label}]`)
  return out.replace(URL_PASSWORD, '$1[redacted]@')
}
