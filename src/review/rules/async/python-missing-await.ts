/** Flags well-known coroutine calls inside `async def` that are never awaited (asyncio.sleep, AsyncSession, httpx.AsyncClient, aiohttp, async defs in the diff). FP: coroutines stored and awaited later under a non-task name. */
import type { LineContext, LineRule } from '../../types'
import { fileGate } from '../../needles'
import { callArgs, inPythonDocstring, lexLine, MAX_LINE, type PyDef } from '../../source'
import { fileFacts, inAsyncDef } from './util'

const SESSION_NAMES = /^(?:self\.)?(?:db|session|async_session|db_session|sess|asession)$/
const SESSION_METHODS = new Set(['execute', 'commit', 'refresh', 'flush', 'rollback', 'delete', 'close', 'scalar', 'scalars', 'get', 'merge', 'run_sync', 'stream', 'stream_scalars'])
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'send'])
const CALL = /(?<![\w.])((?:self\.|cls\.)?[A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?\s*\(/g
// Statement shapes where an un-awaited coroutine is certainly lost or misused.
const STATEMENT_PREFIX = /^(?:[\w.]+\s*(?::\s*[^=]+)?=(?!=)|(?:if|elif|while|assert)(?:\s+not)?|for\s+[\w, ]+\s+in)?$/
const KEEPS_COROUTINE = /task|coro|fut|job|pending|awaitable|^aw$/i

type Kind = 'sleep' | 'session' | 'http' | 'coroutine'

const gate = fileGate(['async def'])

/** A coroutine stored in `name` and awaited, gathered or returned a few lines later is not lost. */
function awaitedLater(ctx: LineContext, name: string): boolean {
  const n = name.replace(/\./g, '\\.')
  // Awaiting the name itself, handing it to a scheduler, or returning it (not `await resp.json()`).
  const re = new RegExp(
    `\\bawait\\s+${n}\\b(?!\\s*[.[(])|\\b(?:gather|wait|create_task|ensure_future|as_completed|shield|wait_for|run_until_complete|run)\\s*\\(.*\\b${n}\\b|\\breturn\\s+${n}\\s*(?:$|[,)#])`,
  )
  return ctx.after(15).some((l) => re.test(l.text))
}

function sessionIsAsync(ctx: LineContext, def: PyDef, recv: string): boolean {
  const name = recv.replace(/^self\./, '')
  const annotated = new RegExp(`\\b${name}\\s*:\\s*([\\w.\\[\\]]+)`).exec(def.signature)
  const awaited = new RegExp(`\\bawait\\s+${recv.replace('.', '\\.')}\\.`)
  const awaitsIt = () => ctx.before(40).some((l) => awaited.test(l.text)) || ctx.after(10).some((l) => awaited.test(l.text))
  if (annotated) {
    if (/AsyncSession/.test(annotated[1]!)) return true
    // A name the file binds to an AsyncSession type (`SessionDep = Annotated[AsyncSession, Depends(get_session)]`) is one;
    // another alias is known only by the function's own awaits on the session; a sync `Session` is not async.
    const alias = /^[A-Za-z_]\w*$/.exec(annotated[1]!)?.[0]
    if (!alias || /^(Session|scoped_session)$/.test(alias)) return false
    return new RegExp(`^\\s*(?:type\\s+)?${alias}\\s*(?::\\s*TypeAlias\\s*)?=.*\\bAsyncSession\\b`, 'm').test(fileFacts(ctx.file).text) || awaitsIt()
  }
  if (awaitsIt()) return true
  return fileFacts(ctx.file).asyncSession && /AsyncSession/.test(def.signature)
}

export const pythonMissingAwait: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/missing-await',
    title: 'Coroutine called without `await`',
    severity: 'major',
    category: 'bug',
    pack: 'async',
    tier: 'core',
    languages: ['python'],
    description:
      'Calling a coroutine function only creates a coroutine object; without `await` (or `create_task`/`gather`) its body never runs, so the sleep, commit or request silently does not happen and Python later prints "coroutine was never awaited".',
    examples: {
      bad: 'async def save(db: AsyncSession, user: User):\n    db.add(user)\n    db.commit()\n',
      good: 'async def save(db: AsyncSession, user: User):\n    db.add(user)\n    await db.commit()\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    // A line that awaits already handles its coroutine (mixed lines are too rare to chase).
    if (!text.includes('(') || text.includes('await')) return undefined
    const facts = fileFacts(ctx.file)
    if (!facts.callees.test(text)) return undefined
    const code = lexLine(ctx, 'py').masked
    const trimmed = code.trimStart()
    if (trimmed === '' || /^(?:async\s+(?:with|for|def)|def|class|return|yield|raise|@|lambda)\b/.test(trimmed)) return undefined
    let found: { kind: Kind; start: number; name: string; method?: string } | undefined
    for (const m of code.matchAll(CALL)) {
      const [, head, method] = m
      let kind: Kind | undefined
      if (head === 'asyncio' && method === 'sleep') kind = 'sleep'
      else if (method && SESSION_NAMES.test(head!) && SESSION_METHODS.has(method)) kind = 'session'
      else if (method && HTTP_METHODS.has(method) && /^(?:self\.)?\w+$/.test(head!)) kind = 'http'
      else if (!method && facts.coroutines.has(head!.replace(/^(?:self|cls)\./, ''))) kind = 'coroutine'
      else if (method && /^(?:self|cls)$/.test(head!) && facts.coroutines.has(method)) kind = 'coroutine'
      if (!kind) continue
      found = { kind, start: m.index, name: head!, method }
      break
    }
    if (!found) return undefined
    const prefix = code.slice(0, found.start).trim()
    if (!STATEMENT_PREFIX.test(prefix)) return undefined
    const target = /^([\w.]+)\s*(?::[^=]+)?=/.exec(prefix)?.[1]
    if (target && (KEEPS_COROUTINE.test(target.split('.').pop()!) || awaitedLater(ctx, target))) return undefined
    const def = inAsyncDef(ctx)
    if (!def || inPythonDocstring(ctx)) return undefined
    if (found.kind === 'session' && !sessionIsAsync(ctx, def, found.name)) return undefined
    if (found.kind === 'http') {
      if (!facts.asyncClients.has(found.name.replace(/^self\./, ''))) return undefined
    }
    const lexed = lexLine(ctx, 'py')
    const open = text.indexOf('(', found.start + found.name.length + (found.method ? found.method.length + 1 : 0))
    const call = callArgs(lexed, open)
    const callText = text.slice(found.start, call.closed ? call.end : text.length).trim()
    const shown = callText.length > 50 ? callText.slice(0, 49) + '…' : callText
    const chained = call.closed && /^\s*[.[]/.test(text.slice(call.end))
    const fixed = call.closed
      ? chained
        ? text.slice(0, found.start) + `(await ${text.slice(found.start, call.end)})` + text.slice(call.end)
        : text.slice(0, found.start) + 'await ' + text.slice(found.start)
      : undefined
    const effect: Record<Kind, string> = {
      sleep: 'nothing sleeps',
      session: `the ${found.method} never runs${found.method === 'commit' ? ' and the transaction is not saved' : ''}`,
      http: 'the request is never sent',
      coroutine: `the body of \`${found.method ?? found.name.replace(/^(?:self|cls)\./, '')}\` never runs`,
    }
    const what = found.kind === 'coroutine' ? `\`${shown}\` calls an \`async def\`` : `\`${shown}\` returns a coroutine`
    return {
      line: ctx.line.newLine,
      message: `${what} without \`await\` in \`async def ${def.name}\`: ${effect[found.kind]}${chained ? ', and the chained attribute access fails on the coroutine object' : ''}`,
      suggestion: fixed ? `\`${fixed.trim()}\`` : 'Add `await` (or schedule it with `asyncio.create_task(...)` and keep a reference).',
    }
  },
}
