/**
 * Stable finding identities. A fingerprint hashes the rule, the path and the flagged line's
 * content (not its number), so a finding keeps its identity when lines are inserted above it
 * and a later revision can tell which findings are new, fixed or still open.
 */
import type { Finding } from './types'

/** cyrb53's two 32-bit lanes kept whole: 64 bits as 16 hex digits, synchronous and portable. */
export function hashString(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/** Re-indenting or re-spacing a line does not make its finding new. */
export function normaliseLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Fills in `fingerprint` on every finding. `lineText` gives a new-side line's content; findings
 * without a line (or whose line is not in the diff) are keyed by rule and path alone, because
 * their messages quote counts that change between revisions ("39 added lines") while the
 * finding is the same. When a rule hits the same key more than once, the copies are numbered.
 */
export function assignFingerprints(findings: Finding[], lineText: (finding: Finding, index: number) => string | undefined): void {
  const groups = new Map<string, number[]>()
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!
    const text = f.line !== null ? lineText(f, i) : undefined
    const content = text === undefined ? 'scope' : `line:${normaliseLine(text)}`
    const key = `${f.ruleId}\0${f.filePath ?? ''}\0${content}`
    const group = groups.get(key)
    if (group) group.push(i)
    else groups.set(key, [i])
  }
  for (const [key, members] of groups) {
    if (members.length > 1) members.sort((a, b) => compareOccurrence(findings[a]!, findings[b]!) || a - b)
    members.forEach((index, occurrence) => {
      findings[index]!.fingerprint = hashString(occurrence === 0 ? key : `${key}\0${occurrence}`)
    })
  }
}

function compareOccurrence(a: Finding, b: Finding): number {
  if (a.line !== b.line) return a.line === null ? 1 : b.line === null ? -1 : a.line - b.line
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0
}
