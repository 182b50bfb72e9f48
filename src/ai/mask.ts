/**
 * Secret masking: the last step before a diff becomes a prompt. Lines a secrets rule points at
 * are replaced by a placeholder naming the rule (the model still sees that something sensitive
 * is there), PEM bodies under a flagged marker go with it, and every other line goes through
 * `redactSecrets`, the masking findings and reports use too.
 */
import { opensPrivateKey, privateKeyLine, redactSecrets } from '../review/redact'
import type { Finding, Hunk, ParsedFile } from '../review/types'
import { findSecretLines } from './secret-lines'

export function redactedPlaceholder(ruleId: string): string {
  return `[redacted: possible secret flagged by ${ruleId}]`
}

/** Copies of `files` safe to send: flagged lines replaced, every other line redacted. */
export function maskSecrets(files: readonly ParsedFile[], ruleFindings: readonly Finding[]): ParsedFile[] {
  const secrets = findSecretLines(files, ruleFindings)
  return files.map((file) => {
    const whole = secrets.wholeFiles.get(file.path)
    const flagged = secrets.lines.get(file.path)
    const hunks = file.hunks.map((hunk, h) => maskHunk(hunk, whole ? () => whole : (i) => flagged?.get(`${h}:${i}`)))
    return { ...file, hunks }
  })
}

function maskHunk(hunk: Hunk, flaggedBy: (index: number) => string | undefined): Hunk {
  let inKey = false
  const lines = hunk.lines.map((line, i) => {
    const ruleId = flaggedBy(i)
    let text: string
    const keyLine = inKey ? privateKeyLine(line.text) : undefined
    if (ruleId) {
      text = redactedPlaceholder(ruleId)
      inKey = opensPrivateKey(line.text)
    } else if (keyLine) {
      text = '[redacted: private key material]'
      inKey = keyLine === 'body'
    } else {
      text = redactSecrets(line.text)
      // An unflagged marker (a test key, a key being removed) still opens a block to hide.
      inKey = opensPrivateKey(line.text)
    }
    return text === line.text ? line : { ...line, text }
  })
  return { ...hunk, lines }
}
