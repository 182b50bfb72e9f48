// Flags TODO/FIXME/XXX/HACK notes added in comments. Known false positives: none in code; words in
// strings and identifiers (`todoList`) are ignored, as are notes that already link an issue.
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

const TAGS = /TODO|FIXME|XXX|HACK|todo|fixme|Todo/
const NOTE = /(?:^|[^\w-])(TODO|FIXME|HACK|XXX)(?![\w-])(?:\s*\([^)]*\))?\s*[:\-–]?\s*(.*)$/
// Lower-case tags only count at the start of the comment and followed by a colon.
const LOWER_NOTE = /^\s*(?:[*#/!-]+\s*)?(todo|fixme|Todo)\s*(?:\([^)]*\))?\s*:\s*(.*)$/
const TRACKED = /#\d+|\b[A-Z][A-Z0-9]+-\d+\b|https?:\/\//
// The note without the comment closer (`*/`, `-->`), trimmed rather than matched by a regex: a
// regex anchored at the end retries from every blank of a long run, which is quadratic.
function withoutCommentEnd(note: string): string {
  const t = note.trimEnd()
  return t.endsWith('*/') ? t.slice(0, -2) : t.endsWith('-->') ? t.slice(0, -3) : t
}

const SKIP_LANGUAGES = new Set(['markdown', 'text', 'json', 'requirements'])

export const todoComment: LineRule = {
  kind: 'line',
  meta: {
    id: 'hygiene/todo-comment',
    title: 'New TODO/FIXME comment',
    severity: 'info',
    category: 'maintainability',
    pack: 'hygiene',
    tier: 'strict',
    languages: '*',
    description:
      'A TODO or FIXME added in a change is unfinished work shipping with it. That is fine when it is tracked; an untracked note tends to stay forever. Resolve it before merging, or link the issue that tracks it (`TODO(#123): ...`).',
    examples: {
      bad: 'export function refund(order) {\n  // TODO: handle partial refunds\n  return payments.refund(order.id)\n}\n',
      good: 'export function refund(order) {\n  // TODO(#482): handle partial refunds\n  const todoList = ["TODO: not a comment"]\n  return payments.refund(order.id, todoList)\n}\n',
    },
  },
  trigger: ['TODO', 'FIXME', 'XXX', 'HACK', 'todo', 'fixme', 'Todo'],
  check(ctx) {
    const text = ctx.line.text
    if (!TAGS.test(text)) return
    if (SKIP_LANGUAGES.has(ctx.file.language)) return
    const scanned = scanCurrent(ctx)
    if (!scanned || !scanned.comment) return
    const m = NOTE.exec(scanned.comment) ?? LOWER_NOTE.exec(scanned.comment)
    if (!m) return
    const tag = m[1]!.toUpperCase()
    // XXX also means "placeholder digits" (`XXX-XXXX`); require it to lead a note.
    if (tag === 'XXX' && !/^\s*(?:[*#/!-]+\s*)?XXX\b/.test(scanned.comment)) return
    if (TRACKED.test(scanned.comment)) return
    const note = withoutCommentEnd(m[2]!).trim()
    const shown = note.length > 80 ? `${note.slice(0, 79)}…` : note
    return {
      line: ctx.line.newLine,
      message: shown ? `New ${tag}: "${shown}"` : `New ${tag} comment without a description.`,
      suggestion: 'Resolve it before merging, or open an issue and reference it in the comment (`TODO(#123): ...`).',
    }
  },
}
