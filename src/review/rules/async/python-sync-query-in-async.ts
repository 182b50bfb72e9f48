/** Flags legacy `session.query(...)` inside `async def` when the session is an AsyncSession (which has no `.query`). FP: sync Session passed into a coroutine under an async-looking name. */
import type { LineContext, LineRule } from '../../types'
import { fileGate } from '../../needles'
import { callArgs, inPythonDocstring, lex, lexLine, MAX_LINE, type PyDef } from '../../source'
import { fileFacts, inAsyncDef } from './util'

const QUERY = /(?<![\w.])((?:self\.)?(?:db|session|async_session|db_session|sess|asession))\.query\s*\(/
const gate = fileGate(['.query('], ['async def'])
const KEEP = new Set(['filter', 'filter_by', 'where', 'order_by', 'limit', 'offset', 'join', 'outerjoin', 'options', 'group_by', 'having', 'distinct'])
const TERMINAL: Record<string, string> = {
  first: '.scalars().first()',
  all: '.scalars().all()',
  one: '.scalar_one()',
  one_or_none: '.scalar_one_or_none()',
  scalar: '.scalar()',
}

/** Evidence that `recv` is an AsyncSession: its annotation, an `await recv.` nearby, or AsyncSession all over the file. */
function isAsyncSession(ctx: LineContext, def: PyDef, recv: string): boolean {
  const name = recv.replace(/^self\./, '')
  const annotated = new RegExp(`\\b${name}\\s*:\\s*([\\w.\\[\\]]+)`).exec(def.signature)
  if (annotated) return /AsyncSession/.test(annotated[1]!)
  const awaited = new RegExp(`\\bawait\\s+${recv.replace('.', '\\.')}\\.`)
  if (ctx.before(40).some((l) => awaited.test(l.text)) || ctx.after(10).some((l) => awaited.test(l.text))) return true
  const facts = fileFacts(ctx.file)
  return facts.asyncSession && !/\bfrom\s+sqlalchemy\.orm\s+import\b[^#\n]*\bSession\b/.test(facts.text)
}

/** `db.query(User).filter(User.id == uid).first()` → `(await db.execute(select(User).where(User.id == uid))).scalars().first()`. */
function rewrite(text: string, recv: string, at: number): string | undefined {
  const lexed = lex(text, 'py')
  const open = text.indexOf('(', at + recv.length)
  const first = callArgs(lexed, open)
  if (!first.closed || first.args.length !== 1) return undefined
  const model = first.args[0]!.text
  let stmt = `select(${model})`
  let pos = first.end
  for (;;) {
    const m = /^\s*\.(\w+)\s*\(/.exec(lexed.masked.slice(pos))
    if (!m) return undefined
    const method = m[1]!
    const call = callArgs(lexed, pos + m[0].length - 1)
    if (!call.closed) return undefined
    const args = text.slice(pos + m[0].length, call.end - 1)
    if (method === 'get' && stmt === `select(${model})`) {
      return text.slice(0, at) + `await ${recv}.get(${model}, ${args.trim()})` + text.slice(call.end)
    }
    if (TERMINAL[method] !== undefined) {
      if (args.trim()) return undefined
      return text.slice(0, at) + `(await ${recv}.execute(${stmt}))${TERMINAL[method]}` + text.slice(call.end)
    }
    if (!KEEP.has(method)) return undefined
    stmt += `.${method === 'filter' ? 'where' : method}(${args})`
    pos = call.end
  }
}

export const pythonSyncQueryInAsync: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/sync-query-in-async',
    title: 'Legacy `session.query()` on an AsyncSession',
    severity: 'major',
    category: 'bug',
    pack: 'async',
    tier: 'core',
    languages: ['python'],
    description:
      "SQLAlchemy's `AsyncSession` has no `.query()`: the 1.x Query API is sync-only, so this raises `AttributeError` at runtime. Build a `select(...)` statement and `await session.execute(...)` (or `session.scalars(...)`, `session.get(...)`).",
    examples: {
      bad: 'async def get_user(db: AsyncSession, user_id: int):\n    return db.query(User).filter(User.id == user_id).first()\n',
      good: 'async def get_user(db: AsyncSession, user_id: int):\n    result = await db.execute(select(User).where(User.id == user_id))\n    return result.scalars().first()\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!text.includes('.query(')) return undefined
    const m = QUERY.exec(lexLine(ctx, 'py').masked)
    if (!m) return undefined
    const def = inAsyncDef(ctx)
    if (!def || inPythonDocstring(ctx)) return undefined
    const recv = m[1]!
    if (!isAsyncSession(ctx, def, recv)) return undefined
    const fixed = rewrite(text, recv, m.index)
    return {
      line: ctx.line.newLine,
      message: `\`${recv}.query(...)\` in \`async def ${def.name}\`: \`AsyncSession\` has no \`.query()\`, so this raises \`AttributeError\``,
      suggestion: fixed
        ? `\`${fixed.trim()}\` (with \`from sqlalchemy import select\`)`
        : `Use a 2.0-style statement: \`result = await ${recv}.execute(select(Model).where(...))\`, then \`result.scalars().all()\`.`,
    }
  },
}
