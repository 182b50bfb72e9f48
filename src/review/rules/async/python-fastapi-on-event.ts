/** Flags FastAPI/Starlette `@app.on_event("startup"|"shutdown")`, deprecated in favour of a lifespan handler. FP: pinned old FastAPI versions. */
import type { LineRule } from '../../types'
import { fileGate } from '../../needles'
import { MAX_LINE } from '../../source'
import { fileFacts } from './util'

const gate = fileGate(['on_event'])
const ON_EVENT = /^\s*@([\w.]+)\.on_event\(\s*(["'])(startup|shutdown)\2\s*\)/

const LIFESPAN = `\`@asynccontextmanager async def lifespan(app: FastAPI): <startup>; yield; <shutdown>\` then \`app = FastAPI(lifespan=lifespan)\``

export const pythonFastapiOnEvent: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/fastapi-on-event',
    title: 'Deprecated `on_event` startup/shutdown hook',
    severity: 'minor',
    category: 'bug',
    pack: 'async',
    tier: 'recommended',
    languages: ['python'],
    description:
      "FastAPI deprecated `@app.on_event(...)` in favour of a `lifespan` async context manager, and once an app has `lifespan=` its `on_event` handlers are silently skipped. The lifespan keeps startup and shutdown together and can share state through `yield`.",
    examples: {
      bad: 'app = FastAPI()\n\n@app.on_event("startup")\nasync def connect():\n    await db.connect()\n',
      good: '@asynccontextmanager\nasync def lifespan(app: FastAPI):\n    await db.connect()\n    yield\n    await db.disconnect()\n\napp = FastAPI(lifespan=lifespan)\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!text.includes('on_event')) return undefined
    const m = ON_EVENT.exec(text)
    if (!m) return undefined
    const [, app, , event] = m
    // Starlette skips on_event handlers entirely when a lifespan is configured.
    const hasLifespan = /\blifespan\s*=/.test(fileFacts(ctx.file).text)
    return {
      line: ctx.line.newLine,
      message: hasLifespan
        ? `\`@${app}.on_event("${event}")\` never runs: this app also sets \`lifespan=\`, and Starlette then ignores \`on_event\` handlers`
        : `\`@${app}.on_event("${event}")\` is deprecated in FastAPI; the lifespan handler replaces it (and mixing the two silently drops these hooks)`,
      suggestion: `Move the ${event} code into a lifespan handler: ${LIFESPAN}.`,
      severity: hasLifespan ? 'major' : 'minor',
    }
  },
}
