// Flags promise chains used as statements (`fetchUser(id).then(render)`) with no `.catch()` or
// rejection handler. Known false positives: thenables that are not promises (Cypress `cy.*` chains
// are skipped); chains whose statement runs past the hunk or 30 lines are skipped.
import type { DiffLine, LineContext, LineRule } from '../../types'

const STATEMENT_KEYWORDS = new Set([
  'return', 'await', 'yield', 'const', 'let', 'var', 'void', 'throw', 'export', 'if', 'else', 'while', 'for',
  'case', 'typeof', 'delete', 'async', 'function', 'class', 'import', 'do', 'switch', 'try', 'catch', 'finally',
])
// A line ending like this continues into the next one, so the next line does not start a statement.
const CONTINUES = /(?:[=(,[&|?:+\-*/%!<>]|=>|\b(?:return|await|yield|void|typeof|in|of|new|case))\s*$/
const HEAD = /^\s*((?:new\s+)?[\w$]+)/
const MAX_LINES = 30
// `Promise.resolve()` with nothing or a literal in it is already fulfilled: `.then(fn)` on it queues `fn` as a microtask
// (the queueMicrotask idiom), and only `fn` throwing can reject it, as `fn` would throw from a timer.
const NEVER_REJECTS = /(^|[^\w$])(app\.whenReady\(\s*\)|customElements\.whenDefined\([^()]*\)|(document\.fonts|navigator\.serviceWorker)\.ready|((window|globalThis|self)\.)?Promise\.resolve\(\s*(\d+|true|false|null|undefined|'[^'\\]*'|"[^"\\]*")?\s*\))\s*$/

interface Line {
  index: number
  code: string
}

/** New-side lines of the hunk around the current one, scanned as JS. */
function newSide(ctx: LineContext, from: number, step: 1 | -1, max: number): Line[] {
  const out: Line[] = []
  const lines: readonly DiffLine[] = ctx.hunk.lines
  for (let k = from; k >= 0 && k < lines.length && out.length < max; k += step) {
    if (lines[k]!.kind === 'del') continue
    out.push({ index: k, code: ctx.source.scanAt(ctx.hunk, k, 'js').code })
  }
  return out
}

function depthChange(code: string): number {
  let d = 0
  for (const c of code) {
    if (c === '(' || c === '[' || c === '{') d++
    else if (c === ')' || c === ']' || c === '}') d--
  }
  return d
}

/** Whether some `.then(` in the statement passes a second (rejection) argument. */
function hasRejectionHandler(code: string): boolean {
  for (let at = code.indexOf('.then('); at >= 0; at = code.indexOf('.then(', at + 1)) {
    let depth = 0
    for (let i = at + 5; i < code.length; i++) {
      const c = code[i]
      if (c === '(' || c === '[' || c === '{') depth++
      else if (c === ')' || c === ']' || c === '}') {
        depth--
        if (depth === 0) break
      } else if (c === ',' && depth === 1) return true
    }
  }
  return false
}

export const unhandledPromiseChain: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/unhandled-promise-chain',
    title: 'Promise chain without rejection handling',
    severity: 'minor',
    category: 'bug',
    pack: 'bugs',
    tier: 'recommended',
    languages: ['javascript', 'typescript'],
    description:
      'A `.then()` chain that is neither awaited, returned nor stored has nobody to receive its rejection: the error becomes an unhandled rejection, which crashes Node.js (since v15) and is only logged in browsers and Workers. End the chain with `.catch()`, or `await` it inside a `try`. `.finally()` does not count: it passes the rejection on.',
    examples: {
      bad: 'loadSettings().then((settings) => {\n  applySettings(settings)\n})\n',
      good: 'loadSettings()\n  .then((settings) => applySettings(settings))\n  .catch((err) => console.error("could not load settings", err))\n',
    },
  },
  check(ctx) {
    if (!ctx.line.text.includes('.then(')) return
    const current = ctx.source.scanAt(ctx.hunk, ctx.index, 'js').code
    const thenAt = current.indexOf('.then(')
    if (thenAt < 0) return
    // Find the line that starts the statement: walk up through `.foo()` continuation lines.
    let headIndex = ctx.index
    let head = current
    if (/^\s*\./.test(current)) {
      let found = false
      for (const above of newSide(ctx, ctx.index - 1, -1, 10)) {
        if (above.code.includes('.then(')) return // reported on the first `.then(` line
        if (/^\s*\./.test(above.code)) continue
        if (above.code.trim() === '') return
        headIndex = above.index
        head = above.code
        found = true
        break
      }
      if (!found) return
    }
    const headMatch = HEAD.exec(head)
    if (!headMatch) return
    const firstWord = headMatch[1]!
    if (STATEMENT_KEYWORDS.has(firstWord) || firstWord === 'cy' || firstWord === 'expect') return
    // An object property or label (`promise: load().then(...)`) is a value, not a statement.
    if (/^\s*[\w$]+\s*:(?!:)/.test(head)) return
    const headThen = headIndex === ctx.index ? thenAt : head.length
    const prefix = head.slice(0, headThen)
    // Assigned (`x = p.then()`), or the `.then` sits inside another call's arguments.
    if (/(?<![=!<>])=(?![=>])/.test(prefix) || depthChange(prefix) !== 0) return
    const previous = newSide(ctx, headIndex - 1, -1, 1)[0]
    if (previous && CONTINUES.test(previous.code)) return
    // Read the whole statement: until brackets balance and the next line is not a `.` continuation.
    const body: Line[] = newSide(ctx, headIndex, 1, MAX_LINES)
    let depth = 0
    let text = ''
    let ended = false
    for (let k = 0; k < body.length; k++) {
      const code = body[k]!.code
      text += code + '\n'
      depth += depthChange(code)
      if (depth > 0) continue
      const next = body.slice(k + 1).find((l) => l.code.trim() !== '')
      if (!next || !/^\s*\./.test(next.code)) {
        ended = depth === 0
        break
      }
    }
    if (!ended) return
    if (/\.catch\s*\(/.test(text) || hasRejectionHandler(text)) return
    // A promise documented never to reject (Electron's `app.whenReady()`, `customElements.whenDefined()`, `document.fonts.ready`)
    // with one callback: start-up code, not a request that can fail.
    if (NEVER_REJECTS.test(prefix) && text.split('.then(').length === 2) return
    const callee = ctx.line.text.trim().startsWith('.') ? ctx.hunk.lines[headIndex]!.text.trim() : ctx.line.text.slice(0, ctx.line.text.indexOf('.then(')).trim()
    const shown = callee.length > 50 ? `${callee.slice(0, 49)}…` : callee
    return {
      line: ctx.line.newLine,
      message: `\`${shown}.then(...)\` is not awaited, returned or followed by \`.catch()\`, so a rejection becomes an unhandled rejection.`,
      suggestion: 'Append `.catch((err) => ...)` that handles or reports the failure, or `await` the chain inside a `try`/`catch`.',
    }
  },
}
