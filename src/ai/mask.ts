/**
 * Secret masking: the last step before a diff becomes a prompt. Lines a secrets rule points at
 * are replaced by a placeholder naming the rule (the model still sees that something sensitive
 * is there), PEM bodies under a flagged marker go with it, and known token shapes are scrubbed
 * from whatever text remains.
 */
import type { Finding, Hunk, ParsedFile } from '../review/types'
import { scrubSecrets } from './scrub'
import { findSecretLines } from './secret-lines'

export { scrubSecrets }

const PEM_BEGIN = /-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/
const PEM_END = /-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/
/** Base64 key material or PEM headers, optionally quoted or concatenated in source. */
const PEM_BODY = /^\s*["'`]?(?:[A-Za-z0-9+/=]{16,}|(?:Proc-Type|DEK-Info|Version|Comment):.*)?(?:\\n)?["'`]?\s*[+,;]?\s*$/

export function redactedPlaceholder(ruleId: string): string {
  return `[redacted: possible secret flagged by ${ruleId}]`
}

/** Copies of `files` safe to send: flagged lines replaced, every other line scrubbed. */
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
    if (ruleId) {
      text = redactedPlaceholder(ruleId)
      inKey = PEM_BEGIN.test(line.text) && !PEM_END.test(line.text)
    } else if (inKey && (PEM_END.test(line.text) || PEM_BODY.test(line.text))) {
      text = '[redacted: private key material]'
      if (PEM_END.test(line.text)) inKey = false
    } else {
      inKey = false
      text = scrubSecrets(line.text)
      // An unflagged marker (a test key, a key being removed) still opens a block to hide.
      if (PEM_BEGIN.test(line.text) && !PEM_END.test(line.text)) inKey = true
    }
    return text === line.text ? line : { ...line, text }
  })
  return { ...hunk, lines }
}
