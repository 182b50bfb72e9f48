/** Text helpers shared by the rules: quoting code in messages, identifier words, indentation. */

/** Collapse whitespace and cut long code for quoting in a message. */
export function snippet(code: string, max = 60): string {
  // Built a run of non-space characters at a time and stopped once it is long enough: only the
  // head can show, and an argument may run to thousands of characters.
  let out = ''
  let space = false
  const n = code.length
  for (let i = 0; i < n; ) {
    if (isSpaceAt(code, i)) {
      space = out !== ''
      i++
      continue
    }
    let j = i + 1
    while (j < n && !isSpaceAt(code, j)) j++
    if (space) out += ' '
    space = false
    // Never take more than one character past `max`: that is enough to know it is cut.
    const end = Math.min(j, i + max + 1 - out.length)
    out += code.slice(i, end)
    if (out.length > max) return out.slice(0, max - 1) + '…'
    i = j
  }
  return out
}

function isSpaceAt(code: string, i: number): boolean {
  const c = code.charCodeAt(i)
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || (c > 126 && /\s/.test(code[i]!))
}

/**
 * The call starting at `start` up to its closing parenthesis (`AES.new(key, AES.MODE_ECB)`), or
 * `fallback` when the match has no call; cut at `max` characters.
 */
export function callSnippet(code: string, start: number, fallback: string, max = 80): string {
  const open = code.indexOf('(', start)
  if (open === -1 || open > start + fallback.length) return fallback.trim()
  let depth = 0
  let end = code.length
  for (let i = open; i < code.length; i++) {
    const c = code[i]
    if (c === '(') depth++
    else if (c === ')' && --depth === 0) {
      end = i + 1
      break
    }
  }
  const s = code.slice(start, end).trim()
  return s.length > max ? `${s.slice(0, max - 1)}…` : s
}

/** Splits an identifier into lower-case words: `resetToken` → reset, token; `API_KEY` → api, key. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/(?<![A-Z])([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
}

const FUNCTION_NAME =
  /(?:\bdef|\bfunction\*?|\bfunc(?:\s*\([^)]*\))?|\bfn)\s+([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)\s*(?:=|:)\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)|([A-Za-z_$][\w$]*)\s*\(/

/** Best-effort name of the function in a signature line (`def make_token(n):` → `make_token`). */
export function functionName(signature: string | undefined): string | undefined {
  if (!signature) return undefined
  // A hunk's section heading is free text of any length; a signature's name is near its start.
  const m = FUNCTION_NAME.exec(signature.length > 300 ? signature.slice(0, 300) : signature)
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined
}

/** Indentation width, a tab counting 4 (0 for a blank line). */
export function indentWidth(text: string): number {
  let w = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) w++
    else if (c === 9) w += 4
    else break
  }
  return w
}

export function baseName(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? path : path.slice(slash + 1)
}
