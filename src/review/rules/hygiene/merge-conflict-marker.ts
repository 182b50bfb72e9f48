// Flags git merge-conflict markers (`<<<<<<<`, `=======`, `|||||||`, `>>>>>>>`) in any file, once
// per conflict. Known false positives: documentation showing a conflict inside a code fence (skipped).
import type { DiffLine, LineRule } from '../../types'

const OPEN = /^<{7}(?:\s|$)/
const CLOSE = /^>{7}(?:\s|$)/
const MIDDLE = /^(?:={7}|\|{7}(?:\s.*)?)\s*$/
const WINDOW = 300

function isMarker(line: DiffLine, re: RegExp): boolean {
  return re.test(line.text)
}

/** Inside a fenced code block of a Markdown file (odd number of fences above). */
function inFence(before: DiffLine[]): boolean {
  let fences = 0
  for (const l of before) if (/^\s*(?:```|~~~)/.test(l.text)) fences++
  return fences % 2 === 1
}

export const mergeConflictMarker: LineRule = {
  kind: 'line',
  meta: {
    id: 'hygiene/merge-conflict-marker',
    title: 'Merge-conflict marker',
    severity: 'major',
    category: 'bug',
    pack: 'hygiene',
    tier: 'core',
    languages: '*',
    description:
      'Conflict markers mean a merge or rebase was committed half-resolved: the file no longer parses, or (in data and config files) both versions are silently kept. Resolve the conflict and delete the markers.',
    examples: {
      bad: 'const timeout = 30\n<<<<<<< HEAD\nconst retries = 3\n=======\nconst retries = 5\n>>>>>>> feature/retries\n',
      good: 'const timeout = 30\nconst retries = 5\n// ======= section break =======\n',
    },
  },
  trigger: ['<<<<<<<', '=======', '>>>>>>>', '|||||||'],
  check(ctx) {
    const text = ctx.line.text
    const c = text.charCodeAt(0)
    // '<', '=', '|', '>'
    if (c !== 60 && c !== 61 && c !== 124 && c !== 62) return
    const open = OPEN.test(text)
    const close = !open && CLOSE.test(text)
    const middle = !open && !close && MIDDLE.test(text)
    if (!open && !close && !middle) return
    const before = ctx.before(WINDOW)
    if ((ctx.file.language === 'markdown' || ctx.file.language === 'text') && inFence(before)) return
    // Report each conflict once, on its opening marker when that marker is part of the change.
    let openAbove: DiffLine | undefined
    for (let k = before.length - 1; k >= 0; k--) {
      if (isMarker(before[k]!, OPEN)) {
        openAbove = before[k]
        break
      }
      if (isMarker(before[k]!, CLOSE)) break
    }
    if (open) {
      const after = ctx.after(WINDOW)
      const end = after.find((l) => isMarker(l, CLOSE))
      return {
        line: ctx.line.newLine,
        ...(end?.newLine !== undefined ? { endLine: end.newLine } : {}),
        message: `Merge-conflict marker \`${text.trim().slice(0, 60)}\`: the conflict${end?.newLine !== undefined ? ` (through line ${end.newLine})` : ''} was committed unresolved.`,
        suggestion: 'Resolve the conflict: keep the right version of the code and delete the `<<<<<<<`, `=======` and `>>>>>>>` lines.',
      }
    }
    if (openAbove?.kind === 'add') return
    if (middle) {
      // A lone `=======` is a Markdown/RST rule unless a conflict marker is nearby.
      const closeBelow = ctx.after(WINDOW).find((l) => isMarker(l, CLOSE) || isMarker(l, OPEN))
      if (!openAbove && !(closeBelow && CLOSE.test(closeBelow.text))) return
      if (closeBelow?.kind === 'add' && !openAbove) return
    }
    return {
      line: ctx.line.newLine,
      message: `Merge-conflict marker \`${text.trim().slice(0, 60)}\`: a conflict was committed unresolved.`,
      suggestion: 'Resolve the conflict and delete the remaining conflict markers.',
    }
  },
}
