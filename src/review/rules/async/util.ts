/** Async-pack helpers: whether a line runs in an `async def`, and facts about the file collected once. */
import { newSideText } from '../../needles'
import { CLOSER, enclosingPyDef, indentWidth, sourceOf, type PyDef } from '../../source'
import type { FileUnderReview, LineContext } from '../../types'
import { awaitedOnRemovedLines } from '../../flow/rewrites'

/** True when the current line runs directly in an `async def` (not in a nested plain `def`). */
export function inAsyncDef(ctx: LineContext): PyDef | undefined {
  const def = enclosingPyDef(ctx)
  return def?.async ? def : undefined
}

/** Calls handed to a thread or executor, or wrapped in a lambda/partial, do not block the loop. */
export const OFFLOADED = /\bto_thread\s*\(|\brun_in_executor\s*\(|\blambda\b|\bpartial\s*\(|\brun_sync\s*\(|\bsync_to_async\s*\(|\bdefer_to_thread\s*\(/

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

const ASYNC_CLIENT =
  /\b(?:httpx\.AsyncClient|aiohttp\.ClientSession)\s*\([^)\n]*\)\s*as\s+(\w+)|^\s*(?:self\.)?(\w+)\s*(?::[^=\n]+)?=\s*(?:httpx\.AsyncClient|aiohttp\.ClientSession)\s*\(/gm

/** Facts about the file being reviewed, computed once per file. */
export function fileFacts(file: FileUnderReview): FileFacts {
  return sourceOf(file).fact('async', collectFacts)
}

function collectFacts(file: FileUnderReview): FileFacts {
  const source = sourceOf(file)
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
        if (/\byield\b/.test(source.lex(lines[j]!, 'py').masked)) {
          generator = true
          break
        }
      }
      if (!generator) coroutines.add(m[3]!)
    }
  }
  // A name the removed code awaited (`await notify_owner(…)`) is a coroutine function though its `async def` lies outside the hunks.
  const awaited = awaitedOnRemovedLines(file)
  for (const name of [...awaited.functions, ...awaited.methods]) if (/^[A-Za-z_]\w*$/.test(name)) coroutines.add(name)
  // A name that is also a plain `def` (another class's method) is ambiguous.
  for (const name of plain) coroutines.delete(name)
  const text = newSideText(file)
  const asyncClients = new Set<string>()
  if (text.includes('AsyncClient') || text.includes('ClientSession')) {
    for (const m of text.matchAll(ASYNC_CLIENT)) asyncClients.add((m[1] ?? m[2])!)
  }
  const asyncSession = /\bAsyncSession\b|\basync_sessionmaker\b|\bcreate_async_engine\b/.test(text)
  return { coroutines, asyncSession, asyncClients, text, callees: calleePattern(coroutines, asyncClients) }
}

const SESSION_CALL = '(?:self\\.)?(?:db|session|async_session|db_session|sess|asession)\\.(?:execute|commit|refresh|flush|rollback|delete|close|scalar|scalars|get|merge|run_sync|stream|stream_scalars)'

/** One regex for every call the missing-await rule knows to be a coroutine in this file. */
function calleePattern(coroutines: Set<string>, clients: Set<string>): RegExp {
  const alts = ['asyncio\\.sleep', SESSION_CALL]
  if (clients.size > 0) alts.push(`(?:self\\.)?(?:${[...clients].join('|')})\\.(?:get|post|put|patch|delete|head|options|request|send)`)
  if (coroutines.size > 0) alts.push(`(?:(?:self|cls)\\.)?(?:${[...coroutines].join('|')})`)
  return new RegExp(`(?<![\\w.])(?:${alts.join('|')})\\s*\\(`)
}
