/** Flags time.sleep() inside `async def`, which stalls the event loop. FP: sleeps in code that runs in a worker thread through a helper. */
import type { LineRule } from '../../types'
import { fileGate } from '../../needles'
import { inPythonDocstring, lexLine, MAX_LINE } from '../../source'
import { inAsyncDef, OFFLOADED } from './util'

const SLEEP = /(?<![\w.])time\.sleep\s*\(/
const gate = fileGate(['time.sleep'], ['async def'])
const STATEMENT = /^(\s*)time\.sleep\s*\((.*)\)\s*$/

export const pythonBlockingSleep: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/blocking-sleep-in-async',
    title: '`time.sleep` inside `async def`',
    severity: 'major',
    category: 'performance',
    pack: 'async',
    tier: 'core',
    languages: ['python'],
    description:
      '`time.sleep` blocks the thread, and in a coroutine that thread is the event loop: every other request and task on it freezes for the duration. `await asyncio.sleep(...)` yields to the loop instead.',
    examples: {
      bad: 'import time\n\nasync def poll(job):\n    while not job.done:\n        time.sleep(1)\n',
      good: 'import asyncio\n\nasync def poll(job):\n    while not job.done:\n        await asyncio.sleep(1)\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!text.includes('time.sleep')) return undefined
    const code = lexLine(ctx, 'py').masked
    if (!SLEEP.test(code) || OFFLOADED.test(code)) return undefined
    const def = inAsyncDef(ctx)
    if (!def || inPythonDocstring(ctx)) return undefined
    const m = STATEMENT.exec(code)
    const arg = m ? text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')).trim() : undefined
    return {
      line: ctx.line.newLine,
      message: `\`time.sleep(...)\` in \`async def ${def.name}\` blocks the event loop: every other request and task waits for it`,
      suggestion: arg !== undefined ? `\`await asyncio.sleep(${arg})\`` : 'Use `await asyncio.sleep(...)` (and `import asyncio`).',
    }
  },
}
