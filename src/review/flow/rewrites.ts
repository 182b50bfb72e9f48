/**
 * Pairs the lines a change removed with the lines it wrote in their place, for checks whose
 * evidence is the rewrite itself (a sanitiser the replaced line had and its replacement lacks).
 */
import type { DiffLine, FileUnderReview, Hunk } from '../types'
import type { RuleFinding } from './events'

export type Family = 'py' | 'js'

export interface Block {
  removed: DiffLine[]
  added: DiffLine[]
}

/** Runs of removed lines with the added lines that follow them: the lines a rewrite replaced and what replaced them. */
export function changeBlocks(hunk: Hunk): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  for (const line of hunk.lines) {
    if (line.kind === 'context') {
      current = undefined
      continue
    }
    if (line.kind === 'del' && current && current.added.length > 0) current = undefined
    if (!current) blocks.push((current = { removed: [], added: [] }))
    current[line.kind === 'del' ? 'removed' : 'added'].push(line)
  }
  return blocks.filter((b) => b.removed.length > 0 && b.added.length > 0)
}

/** A removed line of a rewrite, with its hunk and the lines written in its place. */
export interface Rewrite {
  hunk: Hunk
  block: Block
  removed: DiffLine
}

/**
 * The removed lines of a file's rewrites that mention `needle` (a cheap test before a check's
 * own regexes). None in tests: fixtures and test helpers drop sanitisers freely.
 */
export function* rewritesMentioning(file: FileUnderReview, needle: RegExp): Generator<Rewrite> {
  if (file.isTest) return
  for (const hunk of file.hunks) {
    for (const block of changeBlocks(hunk)) for (const removed of block.removed) if (needle.test(removed.text)) yield { hunk, block, removed }
  }
}

/** `await f(…)`, `await this.f(…)`, `await self.f(…)`: a call awaited by name (group 1 the receiver, group 2 the name). */
const AWAITED_CALL = /\bawait\s+(this\.|self\.|cls\.)?([A-Za-z_$][\w$]*)\s*\(/g

/**
 * The functions (`f`) and methods (`this.f`, `self.f`) the code a change removed awaited by name. The old code awaited
 * them, so they return something to wait for (a coroutine, a promise), whatever the hunks show of their definitions:
 * a call of one the change writes without `await` leaves that work unfinished, as the diff shows a reviewer. `rows`:
 * the new-side rows (0-based) written in place of a removed line that awaited, which ran in async code whether or not
 * the hunk shows the function's header.
 */
export function awaitedOnRemovedLines(file: FileUnderReview): { functions: Set<string>; methods: Set<string>; rows: Set<number> } {
  const functions = new Set<string>()
  const methods = new Set<string>()
  const rows = new Set<number>()
  for (const hunk of file.hunks) {
    if (!hunk.lines.some((l) => l.kind === 'del' && l.text.includes('await'))) continue
    for (const block of changeBlocks(hunk)) {
      let awaited = false
      for (const line of block.removed) {
        if (!line.text.includes('await')) continue
        for (const m of line.text.matchAll(AWAITED_CALL)) {
          if (m[1]) methods.add(m[2]!)
          else functions.add(m[2]!)
          awaited = true
        }
      }
      if (awaited) for (const line of block.added) rows.add(line.newLine! - 1)
    }
  }
  return { functions, methods, rows }
}

/** `S(x)` calls that reduce a client's file name to one path segment, by language; group 1 is the name. */
export const BASENAME_CALL: Readonly<Record<Family, RegExp>> = {
  py: /\b(?:os\.path\.basename|posixpath\.basename|basename|secure_filename)\(\s*([A-Za-z_][\w.]*)\s*\)/g,
  js: /\b(?:path(?:\.posix)?\.basename|basename|sanitizeFilename|sanitize)\(\s*([A-Za-z_$][\w$.]*)\s*\)/g,
}

/** The plain variable a line assigns (`name = …`, `const name = …`). */
export const ASSIGNED = /^\s*(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=(?![=>])/

const WORD = /[A-Za-z_$][\w$]*/g

/** Two lines share at least half of their distinct words: one is the other rewritten, not new code. */
export function sharesMostWords(a: string, b: string): boolean {
  const before = new Set(a.match(WORD) ?? [])
  const after = new Set(b.match(WORD) ?? [])
  let shared = 0
  for (const w of after) if (before.has(w)) shared++
  return shared / (before.size + after.size - shared) >= 0.5
}

/** `name` (a name or a dotted path) occurs in the text as a whole word, not as part of a longer name or member. */
export function hasWord(code: string, name: string): boolean {
  if (!code.includes(name)) return false
  return new RegExp(`(?<![\\w$.])${name.replace(/[.$]/g, '\\$&')}(?![\\w$])`).test(code)
}

/** A finding on the rewritten line itself: the diff is its evidence, so no value's flow comes with it. */
export function onRewrittenLine(ruleId: string, line: DiffLine, message: string, suggestion: string): RuleFinding {
  const row = line.newLine! - 1
  return { ruleId, startRow: row, endRow: row, message, suggestion, values: [] }
}
