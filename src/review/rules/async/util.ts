/** Python scope helpers for the async rules: the enclosing `def`, and facts collected once per file. */
import type { DiffLine, FileUnderReview, LineContext } from '../../types'
import { inPythonTripleString, newSideText } from '../injection/util'

export interface PyDef {
  async: boolean
  name: string
  /** The signature, joined across lines when it spans several. */
  signature: string
  indent: number
}

const DEF = /^(\s*)(async\s+)?def\s+([A-Za-z_]\w*)\s*[([]/
const CLOSER = /^\s*[)\]}]/

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

function signatureFrom(lines: readonly DiffLine[], k: number): string {
  const parts: string[] = []
  for (let j = k; j < lines.length && j < k + 15; j++) {
    const t = lines[j]!.text
    parts.push(t.trim())
    if (/\)\s*(?:->\s*[^:]+)?:\s*(?:#.*)?$/.test(t) || (j === k && /:\s*$/.test(t) && !t.includes('('))) break
  }
  return parts.join(' ')
}

/**
 * The nearest `def` whose body holds the current line: walk up through shallower lines (the
 * line's blocks) until one is a `def`. A class body or module-level code ends the search.
 * When the hunk starts inside an indented block, fall back to the hunk's section heading.
 */
export function enclosingPyDef(ctx: LineContext, max = 80): PyDef | undefined {
  const text = ctx.line.text
  let limit = indentWidth(text)
  if (limit === 0) return undefined
  const above = ctx.before(max)
  for (let k = above.length - 1; k >= 0; k--) {
    const t = above[k]!.text
    if (t.trim() === '' || /^\s*#/.test(t)) continue
    const ind = indentWidth(t)
    if (ind >= limit) continue
    const m = DEF.exec(t)
    if (m) return { async: Boolean(m[2]), name: m[3]!, signature: signatureFrom(above, k), indent: ind }
    // The `):` closing a multi-line signature or call sits shallower than the body.
    if (CLOSER.test(t)) continue
    if (/^\s*class\s/.test(t) || ind === 0) return undefined
    limit = ind
  }
  if (above.length < max) {
    const section = ctx.enclosingFunction() ?? ctx.hunk.section
    const m = section ? DEF.exec(section.trimStart()) : null
    if (m) return { async: Boolean(m[2]), name: m[3]!, signature: section!.trim(), indent: -1 }
  }
  return undefined
}

/** True when the current line runs directly in an `async def` (not in a nested plain `def`). */
export function inAsyncDef(ctx: LineContext): PyDef | undefined {
  const def = enclosingPyDef(ctx)
  return def?.async ? def : undefined
}

/** Calls handed to a thread or executor, or wrapped in a lambda/partial, do not block the loop. */
export const OFFLOADED = /\bto_thread\s*\(|\brun_in_executor\s*\(|\blambda\b|\bpartial\s*\(|\brun_sync\s*\(|\bsync_to_async\s*\(|\bdefer_to_thread\s*\(/

/** The code of a Python line without its trailing comment and with string bodies blanked. */
export function pyCode(text: string): string {
  let out = ''
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === '\\') {
        out += '  '
        i++
        continue
      }
      if (text.startsWith(quote, i)) {
        out += quote
        i += quote.length - 1
        quote = ''
        continue
      }
      out += ' '
      continue
    }
    if (c === '#') break
    if (c === '"' || c === "'") {
      quote = text.startsWith(c + c + c, i) ? c + c + c : c
      out += quote
      i += quote.length - 1
      continue
    }
    out += c
  }
  return out
}

/** Whether the line sits inside a triple-quoted string (docstring) opened above it. */
export function inDocstring(ctx: LineContext, n = 60): boolean {
  return inPythonTripleString(ctx, n)
}

// ---------------------------------------------------------------------------
// Per-file facts
// ---------------------------------------------------------------------------

export interface FileFacts {
  /** Names of `async def` coroutine functions (async generators excluded) visible in the diff. */
  coroutines: Set<string>
  /** The diff mentions SQLAlchemy's AsyncSession / async_sessionmaker. */
  asyncSession: boolean
  /** Names bound to an `httpx.AsyncClient` or `aiohttp.ClientSession` (`as client`, `client = ...`). */
  asyncClients: Set<string>
  /** The diff's new side, for cheap `includes` checks. */
  text: string
  /** Matches a call to any known coroutine (see `calleePattern`). */
  callees: RegExp
}

let factsFile: FileUnderReview | undefined
let factsCache: FileFacts | undefined
const ASYNC_CLIENT =
  /\b(?:httpx\.AsyncClient|aiohttp\.ClientSession)\s*\([^)\n]*\)\s*as\s+(\w+)|^\s*(?:self\.)?(\w+)\s*(?::[^=\n]+)?=\s*(?:httpx\.AsyncClient|aiohttp\.ClientSession)\s*\(/gm

/** Facts about the file being reviewed, computed once (the engine walks one file at a time). */
export function fileFacts(file: FileUnderReview): FileFacts {
  if (file === factsFile && factsCache) return factsCache
  const coroutines = new Set<string>()
  const plain = new Set<string>()
  for (const hunk of file.hunks) {
    const lines = hunk.lines.filter((l) => l.kind !== 'del')
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i]!.text
      if (!t.includes('def ')) continue
      const m = /^(\s*)(async\s+)?def\s+([A-Za-z_]\w*)/.exec(t)
      if (!m) continue
      if (!m[2]) {
        plain.add(m[3]!)
        continue
      }
      const indent = indentWidth(t)
      let generator = false
      for (let j = i + 1; j < lines.length; j++) {
        const body = lines[j]!.text
        if (body.trim() === '') continue
        if (indentWidth(body) <= indent && !CLOSER.test(body)) break
        if (/\byield\b/.test(pyCode(body))) {
          generator = true
          break
        }
      }
      if (!generator) coroutines.add(m[3]!)
    }
  }
  // A name that is also a plain `def` (another class's method) is ambiguous.
  for (const name of plain) coroutines.delete(name)
  const text = newSideText(file)
  const asyncClients = new Set<string>()
  if (text.includes('AsyncClient') || text.includes('ClientSession')) {
    for (const m of text.matchAll(ASYNC_CLIENT)) asyncClients.add((m[1] ?? m[2])!)
  }
  const asyncSession = /\bAsyncSession\b|\basync_sessionmaker\b|\bcreate_async_engine\b/.test(text)
  factsFile = file
  factsCache = { coroutines, asyncSession, asyncClients, text, callees: calleePattern(coroutines, asyncClients) }
  return factsCache
}

const SESSION_CALL = '(?:self\\.)?(?:db|session|async_session|db_session|sess|asession)\\.(?:execute|commit|refresh|flush|rollback|delete|close|scalar|scalars|get|merge|run_sync|stream|stream_scalars)'

/** One regex for every call the missing-await rule knows to be a coroutine in this file. */
function calleePattern(coroutines: Set<string>, clients: Set<string>): RegExp {
  const alts = ['asyncio\\.sleep', SESSION_CALL]
  if (clients.size > 0) alts.push(`(?:self\\.)?(?:${[...clients].join('|')})\\.(?:get|post|put|patch|delete|head|options|request|send)`)
  if (coroutines.size > 0) alts.push(`(?:(?:self|cls)\\.)?(?:${[...coroutines].join('|')})`)
  return new RegExp(`(?<![\\w.])(?:${alts.join('|')})\\s*\\(`)
}
