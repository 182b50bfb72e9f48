// Flags blocks of five or more added line comments that read as code rather than prose. Known false
// positives: usage examples in comments (blocks introduced by "Example:" or indented under prose are skipped).
import type { FileRule, RuleHit } from '../../types'
import { sourceOf } from '../../source'

const MIN_LINES = 5
const PY_KEYWORD = /^(?:def|class|return|if|elif|else|for|while|try|except|finally|with|import|from|raise|yield|pass|break|continue|async|await|print)\b/
const C_KEYWORD = /^(?:const|let|var|function|return|if|else|for|while|switch|case|break|continue|import|export|await|async|class|try|catch|finally|throw|new|func|package|public|private|protected|static|void|int|fn|use|go|defer)\b/
const PROSE = /^[A-Za-z][A-Za-z']*(?:,?\s+[A-Za-z][A-Za-z'()-]*){3,}[.!?:]?$/
const INTRO = /\b(?:example|usage|e\.g\.|for instance|such as|like this|like so|sample|returns?:|output:)/i

/** Whether the text of a comment (prefix removed) reads as a line of code. */
function looksLikeCode(s: string, python: boolean): boolean {
  if (PROSE.test(s)) return false
  if (/[;{}]$/.test(s) || /^[}\])]+[,;)]*$/.test(s)) return true
  if (/^(?:[\w$.[\]'"]+|[\w$]+(?:\s*,\s*[\w$]+)+)\s*(?:[+\-*/%|&:]?=)\s*[^=\s]/.test(s) && !/^[\w$.]+\s*=\s*[A-Za-z]+(?:\s+[a-z]+){2,}/.test(s)) return true
  if (/^(?:await\s+)?[\w$.]+\(.*\)[;,]?$/.test(s)) return true
  if ((python ? PY_KEYWORD : C_KEYWORD).test(s)) {
    // Keywords also start prose ("return the user"), so ask for code punctuation as well.
    return /[()[\]{}=:;]/.test(s) || /^(?:return|pass|break|continue|else:?|\}?\s*else\s*\{?)$/.test(s)
  }
  if (python && /^[\w.]+\s*\[.*\]\s*=/.test(s)) return true
  return false
}

export const commentedOutCode: FileRule = {
  kind: 'file',
  meta: {
    id: 'hygiene/commented-out-code',
    title: 'Commented-out code',
    severity: 'minor',
    category: 'maintainability',
    pack: 'hygiene',
    tier: 'recommended',
    languages: ['typescript', 'javascript', 'python', 'go', 'java', 'kotlin', 'csharp', 'rust', 'c', 'cpp', 'swift', 'php'],
    description:
      'Blocks of commented-out code rot: nobody knows whether they are still needed, they drift out of sync with the code around them, and they hide in reviews. Version control already keeps the old code; delete the block.',
    examples: {
      bad: 'export function total(items) {\n  // const discount = getDiscount(user)\n  // if (discount) {\n  //   items = applyDiscount(items, discount)\n  // }\n  // logTotal(items)\n  return sum(items)\n}\n',
      good: 'export function total(items) {\n  // Discounts are applied upstream by the cart service, so the\n  // items here are already priced. Keep this function a plain sum\n  // so the cart and invoice totals can never disagree with\n  // each other, even when a discount code expires mid-checkout.\n  // See the pricing section of the architecture notes for details.\n  return sum(items)\n}\n',
    },
  },
  check(file) {
    const source = sourceOf(file)
    const syntax = source.syntax
    if (syntax !== 'python' && syntax !== 'c' && syntax !== 'js') return []
    const python = syntax === 'python'
    const marker = python ? /^\s*#(?![!#])/ : /^\s*\/\/(?![/!])/
    const hits: RuleHit[] = []
    const block = new Block(hits)
    for (const hunk of file.hunks) {
      block.proseIndent = -1
      block.introduced = false
      for (let k = 0; k < hunk.lines.length; k++) {
        const line = hunk.lines[k]!
        if (line.kind === 'del') continue
        const m = line.kind === 'add' ? marker.exec(line.text) : null
        if (!m || !source.scanAt(hunk, k, syntax).commentOnly) {
          block.flush()
          block.proseIndent = -1
          block.introduced = false
          continue
        }
        const raw = line.text.slice(m[0].length).replace(/^ /, '')
        const body = raw.trim()
        if (body === '') continue
        const indent = raw.length - raw.trimStart().length
        if (looksLikeCode(body, python)) {
          if (block.start < 0) block.start = line.newLine!
          block.end = line.newLine!
          block.code++
          block.minIndent = Math.min(block.minIndent, indent)
        } else if ((block.start < 0 || indent <= block.minIndent) && (PROSE.test(body) || INTRO.test(body))) {
          // Prose ends the block, unless it is indented inside it (the body of a string or query).
          block.flush()
          block.proseIndent = indent
          block.introduced = INTRO.test(body)
        } else if (block.start >= 0) {
          block.unknown++
        }
      }
      block.flush()
    }
    return hits
  },
}

/**
 * The block of comment lines being read, as state on an object rather than variables a per-hunk
 * closure captures: a closure made per hunk costs a name definition each in bundles built with
 * names kept.
 */
class Block {
  /** Code lines, plus unclassifiable ones (SQL in a template, a lone `else`). */
  start = -1
  end = -1
  code = 0
  unknown = 0
  minIndent = Infinity
  /** The comment run around it: the last prose line's indentation, and whether it introduced an example. */
  proseIndent = -1
  introduced = false

  constructor(private readonly hits: RuleHit[]) {}

  flush(): void {
    // Code indented under a prose line is an example being explained, not code switched off.
    const example = this.introduced || (this.proseIndent >= 0 && this.minIndent > this.proseIndent)
    if (this.code >= MIN_LINES && this.unknown <= this.code && !example) {
      const { start, end } = this
      this.hits.push({
        line: start,
        endLine: end,
        message: `Lines ${start}–${end} are commented-out code (${end - start + 1} lines).`,
        suggestion: 'Delete the block; version control keeps the old code if it is needed again.',
      })
    }
    this.start = -1
    this.code = 0
    this.unknown = 0
    this.minIndent = Infinity
  }
}
