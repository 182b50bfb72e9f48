/**
 * Where the secrets are, before anything leaves for a model. Two sources: the rule findings the
 * caller already has (they may be filtered by `min_severity` or capped), and a fresh run of the
 * secrets pack over every line the prompt will carry, context and removed lines included,
 * since a key that is only being deleted or sits next to the change is still a key.
 */
import { reviewChangeset } from '../review/engine'
import { allRules } from '../review/rules'
import type { Finding, ParsedFile } from '../review/types'

export interface SecretLines {
  /** `hunkIndex:lineIndex` → rule id, per path. */
  lines: Map<string, Map<string, string>>
  /** Paths to blank entirely (a committed `.env`), with the rule that flagged them. */
  wholeFiles: Map<string, string>
}

const secretRules = allRules.filter((rule) => rule.meta.pack === 'secrets')

export function findSecretLines(files: readonly ParsedFile[], ruleFindings: readonly Finding[]): SecretLines {
  const result: SecretLines = { lines: new Map(), wholeFiles: new Map() }
  const byPath = new Map(files.map((f) => [f.path, f]))

  for (const finding of ruleFindings) {
    if (!finding.ruleId.startsWith('secrets/') || finding.filePath === null) continue
    const file = byPath.get(finding.filePath)
    if (!file) continue
    if (finding.line === null || finding.line <= 0 || finding.ruleId === 'secrets/env-file') {
      result.wholeFiles.set(file.path, finding.ruleId)
      continue
    }
    const last = finding.endLine ?? finding.line
    file.hunks.forEach((hunk, h) =>
      hunk.lines.forEach((line, i) => {
        if (line.kind !== 'del' && line.newLine !== undefined && line.newLine >= finding.line! && line.newLine <= last) {
          mark(result, file.path, `${h}:${i}`, finding.ruleId)
        }
      }),
    )
  }

  for (const file of files) scanFile(file, result)
  return result
}

/** Runs the secrets pack over a synthetic new file made of every line of the file's hunks. */
function scanFile(file: ParsedFile, out: SecretLines): void {
  const positions: string[] = []
  const body: string[] = []
  file.hunks.forEach((hunk, h) =>
    hunk.lines.forEach((line, i) => {
      positions.push(`${h}:${i}`)
      // An inline `review-ignore` silences a finding for humans; it must not wave a secret through.
      body.push(`+${line.text.replaceAll('review-ignore', 'review_ignore')}`)
    }),
  )
  if (body.length === 0) return
  let findings: Finding[]
  try {
    const diff = `@@ -0,0 +1,${body.length} @@\n${body.join('\n')}\n`
    findings = reviewChangeset([{ path: file.path, diff }], { profile: 'strict', include_generated: true }, { rules: secretRules }).findings
  } catch {
    // Fail closed: a scan that cannot run means nothing in this file is known to be safe.
    out.wholeFiles.set(file.path, 'secrets scan')
    return
  }
  for (const finding of findings) {
    if (finding.ruleId === 'secrets/env-file' || finding.line === null) {
      out.wholeFiles.set(file.path, finding.ruleId)
      continue
    }
    for (let n = finding.line; n <= (finding.endLine ?? finding.line); n++) {
      const position = positions[n - 1]
      if (position) mark(out, file.path, position, finding.ruleId)
    }
  }
}

function mark(out: SecretLines, path: string, position: string, ruleId: string): void {
  let lines = out.lines.get(path)
  if (!lines) out.lines.set(path, (lines = new Map()))
  if (!lines.has(position)) lines.set(position, ruleId)
}
