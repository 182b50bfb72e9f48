/**
 * The gate every renderer passes its input through, so rows written before input validation or
 * secret masking existed come out as safe as new ones: C0 and C1 control characters (NUL, ESC,
 * BEL, …; tab and line breaks kept) become U+FFFD, visibly, and secrets are masked in all text.
 */
import { redactSecrets } from '../review/redact'
import type { ReportFinding, ReportInput } from './types'

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

export function cleanText(text: string): string {
  return redactSecrets(text.replace(CONTROL, '\uFFFD'))
}

/** Every string in a JSON-shaped value, cleaned; the shape itself is kept. */
export function cleanJson<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T
  if (Array.isArray(value)) return value.map(cleanJson) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanJson(v)])) as T
  }
  return value
}

/** Rule metadata is ours and only SARIF prints examples, which clean them as they print them. */
export function sanitizeReportInput(input: ReportInput): ReportInput {
  return { ...input, changeset: cleanJson(input.changeset), findings: input.findings.map((f): ReportFinding => cleanJson(f)) }
}
