/**
 * Finds the function around each line of a hunk from indentation: a line's parent is the
 * nearest shallower line above it, and the enclosing function is the first parent up the chain
 * that looks like a signature. Closing braces and dedents end scopes for free, and one pass
 * with a stack indexes the whole hunk.
 */
import type { DiffLine } from '../types'

/** Longer lines are minified code or data, never a signature worth a regex. */
const MAX_SIGNATURE_LENGTH = 200

const NOT_A_FUNCTION = new Set([
  'if', 'for', 'while', 'switch', 'catch', 'else', 'return', 'do', 'try', 'new', 'await', 'throw', 'typeof',
  'delete', 'with', 'using', 'lock', 'foreach', 'elif', 'except', 'match', 'case', 'when', 'until', 'unless',
  'sizeof', 'yield', 'defer', 'go', 'select', 'synchronized', 'raise', 'assert', 'print', 'del', 'not', 'in',
  'and', 'or', 'is', 'lambda', 'import', 'from', 'export', 'const', 'let', 'var', 'echo', 'call', 'exec',
])

const SIGNATURES = [
  /^(?:async\s+)?def\s+[A-Za-z_]\w*\s*[([]/, // Python (incl. PEP 695 generics)
  /^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\b/, // JS/TS, shell `function name`
  /^(?:(?:public|private|protected|static|final|abstract)\s+)*function\s+&?\w+/, // PHP
  /^func\b/, // Go, Swift
  /^(?:(?:pub(?:\([\w:]+\))?|async|const|unsafe|extern)\s+)*fn\s+\w+/, // Rust
  /^(?:(?:public|private|protected|internal|override|open|suspend|inline|operator|infix|tailrec|abstract|final)\s+)*fun\s+/, // Kotlin
  /^def\s+[\w.?!]+/, // Ruby
  /^(?:export\s+)?(?:const|let|var)\s+[\w$]+\s*(?::[^=]+)?=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*(?::[^=]+)?=>|[\w$]+\s*=>)/, // JS arrow
  /^[\w-]+\s*\(\)\s*\{/, // shell `name() {`
]

/** C-family methods and functions: `[modifiers] [type] name(args) [: type] [throws X] {`. */
const C_LIKE = /^(?:[\w$@<>[\],.?*&:]+\s+)*[\w$~]+\s*\([^;]*\)\s*[\w\s,.<>:?[\]|&]*\{?\s*$/

/** Indentation width (tab = 4); -1 for a blank line (unlike `indentWidth`, which measures it). */
function indentOf(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) width++
    else if (c === 9) width += 4
    else return width
  }
  return -1
}

function isFunctionSignature(text: string): boolean {
  const line = text.trim()
  if (line.length < 3 || line.length > MAX_SIGNATURE_LENGTH) return false
  for (const re of SIGNATURES) if (re.test(line)) return true
  const first = /^[\w$]+/.exec(line)?.[0]
  if (first === undefined || NOT_A_FUNCTION.has(first) || line.includes('&&') || line.includes('||')) return false
  const last = line[line.length - 1]
  if (last === '{') return line.includes('(') && C_LIKE.test(line)
  // A bare call like `print(x)` ends in `)` too; a definition names a type before its name.
  return last === ')' && /\s/.test(line.slice(0, line.indexOf('('))) && C_LIKE.test(line)
}

/**
 * For each line index: the index of its enclosing signature, -1 when there is none, or -2 when
 * there is none in the hunk but the hunk starts inside an indented block.
 */
export function findEnclosingIndex(lines: readonly DiffLine[]): Int32Array {
  const n = lines.length
  const enclosing = new Int32Array(n).fill(-1)
  const indents = new Int32Array(n)
  const signature = new Uint8Array(n)
  const stack: number[] = []
  for (let i = 0; i < n; i++) {
    const line = lines[i]!
    if (line.kind === 'del') continue
    const indent = indentOf(line.text)
    if (indent >= 0) while (stack.length > 0 && indents[stack[stack.length - 1]!]! >= indent) stack.pop()
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1
    if (parent >= 0) enclosing[i] = signature[parent] ? parent : enclosing[parent]!
    else enclosing[i] = indent > 0 ? -2 : -1
    if (indent < 0) continue
    indents[i] = indent
    signature[i] = isFunctionSignature(line.text) ? 1 : 0
    stack.push(i)
  }
  return enclosing
}
