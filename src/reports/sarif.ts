import type { Location, Log, Result } from 'sarif'
import { baseUrl } from './links'
import { sortFindings } from './order'
import { sanitizeReportInput } from './sanitize'
import { buildSarifRules, SARIF_LEVEL } from './sarif-rules'
import { replacementLine } from './suggestion'
import type { ReportFinding, ReportInput } from './types'

const TOOL_NAME = 'code-review-assistant'
const FINGERPRINT_KEY = 'codeReviewAssistant/v1'

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every catalog rule.
 *
 * Resolved findings are left out: the problem is gone from the code, and omitting a result is
 * how code scanning learns to close its alert. Dismissed ones stay, carrying an accepted
 * external suppression, so the alert closes as dismissed instead of reappearing as new.
 *
 * Findings with no file are left out of `results` too and listed in the run's property bag:
 * code scanning rejects the whole upload when any result has no location
 * ("locationFromSarifResult: expected at least one location", github/codeql-action#1738, #2459).
 */
export function renderSarif(raw: ReportInput): Log {
  const input = sanitizeReportInput(raw)
  const { rules, indexOf } = buildSarifRules(input)
  const reported = sortFindings(input.findings).filter((f) => f.status !== 'resolved')
  const results = reported
    .filter((f) => f.file_path !== null)
    .map((f) => toResult(f, indexOf.get(f.rule_id)!))
  const changesetLevel = reported
    .filter((f) => f.file_path === null)
    .map((f) => ({
      finding_id: f.id,
      rule_id: f.rule_id,
      level: SARIF_LEVEL[f.severity],
      status: f.status,
      message: resultText(f),
    }))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: input.version,
            informationUri: `${baseUrl(input.origin)}/docs`,
            rules,
          },
        },
        // A trailing slash makes the id a category: each changeset keeps its own alert set.
        automationDetails: { id: `${TOOL_NAME}/${input.changeset.id}/` },
        // Paths are repo-relative; where the repository is checked out is the consumer's business.
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository the changeset was made in.' } } },
        results,
        properties: {
          changeset_id: input.changeset.id,
          revision: input.changeset.revision,
          changeset_level_findings: changesetLevel,
          // Which findings this log holds (the latest revision's, at most `max`) and where the rest are.
          report_coverage: input.coverage,
        },
      },
    ],
  }
}

function toResult(finding: ReportFinding, ruleIndex: number): Result {
  return {
    ruleId: finding.rule_id,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: resultText(finding) },
    locations: [location(finding)],
    partialFingerprints: {
      primaryLocationLineHash: finding.fingerprint,
      [FINGERPRINT_KEY]: finding.fingerprint,
    },
    ...(finding.status === 'dismissed'
      ? {
          suppressions: [
            {
              kind: 'external' as const,
              status: 'accepted' as const,
              ...(finding.status_reason ? { justification: finding.status_reason } : {}),
            },
          ],
        }
      : {}),
    properties: { source: finding.source, finding_id: finding.id, status: finding.status, severity: finding.severity },
  }
}

/** File-level findings get no `region`: SARIF reads that as the whole file, not as line 1. */
function location(finding: ReportFinding): Location {
  const region =
    finding.line === null
      ? undefined
      : { startLine: finding.line, ...(finding.end_line !== null && finding.end_line > finding.line ? { endLine: finding.end_line } : {}) }
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToUri(finding.file_path!), uriBaseId: '%SRCROOT%' },
      ...(region ? { region } : {}),
    },
  }
}

function resultText(finding: ReportFinding): string {
  const suggestion = finding.suggestion?.trim()
  if (!suggestion) return finding.message
  const line = replacementLine(suggestion)
  return line === null ? `${finding.message}\n\nSuggestion: ${suggestion}` : `${finding.message}\n\nSuggested line:\n${line}`
}

/**
 * `artifactLocation.uri` must be a URI reference: each segment percent-encoded (spaces, `#`, `%`),
 * slashes kept, and `@` restored because scoped package folders are common and it is legal there.
 */
function pathToUri(path: string): string {
  return path
    .replace(/^\.?\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment).replaceAll('%40', '@'))
    .join('/')
}
