/** Flags synchronous HTTP clients (requests, urllib, httpx module functions/Client) inside `async def`. FP: calls wrapped by a thread helper defined elsewhere. */
import type { LineRule } from '../../types'
import { fileGate } from '../../needles'
import { inPythonDocstring, lexLine, MAX_LINE } from '../../source'
import { inAsyncDef, OFFLOADED } from './util'

const SYNC_HTTP =
  /(?<![\w.])(requests\.(?:get|post|put|patch|delete|head|options|request|Session)|urllib\.request\.urlopen|urllib3\.PoolManager|httpx\.(?:get|post|put|patch|delete|head|options|request|stream|Client))\s*\(|(?<![\w.])(urlopen)\s*\(/

const gate = fileGate(['requests.', 'urlopen', 'httpx.', 'urllib3.'], ['async def'])

export const pythonBlockingHttp: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/blocking-http-in-async',
    title: 'Synchronous HTTP call inside `async def`',
    severity: 'major',
    category: 'performance',
    pack: 'async',
    tier: 'core',
    languages: ['python'],
    description:
      '`requests`, `urllib` and `httpx.get`/`httpx.Client` block the calling thread until the response arrives; inside a coroutine that is the event loop, so one slow upstream stalls every request the worker is serving. Use `httpx.AsyncClient` or `aiohttp` and `await` the call.',
    examples: {
      bad: 'import requests\n\n@app.get("/weather")\nasync def weather(city: str):\n    return requests.get(f"{API}/weather", params={"q": city}).json()\n',
      good: 'import httpx\n\n@app.get("/weather")\nasync def weather(city: str):\n    async with httpx.AsyncClient() as client:\n        r = await client.get(f"{API}/weather", params={"q": city})\n    return r.json()\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!(text.includes('requests.') || text.includes('urlopen') || text.includes('httpx.') || text.includes('urllib3.'))) return undefined
    const code = lexLine(ctx, 'py').masked
    const m = SYNC_HTTP.exec(code)
    if (!m || OFFLOADED.test(code)) return undefined
    const def = inAsyncDef(ctx)
    if (!def || inPythonDocstring(ctx)) return undefined
    const call = m[1] ?? m[2]!
    const httpx = call.startsWith('httpx.')
    return {
      line: ctx.line.newLine,
      message: `\`${call}(...)\` is synchronous: inside \`async def ${def.name}\` it blocks the event loop until the response arrives`,
      suggestion: httpx
        ? 'Use the async client: `async with httpx.AsyncClient() as client: r = await client.get(...)` (or one shared client for the app).'
        : 'Use an async client and await it: `async with httpx.AsyncClient() as client: r = await client.get(url)`; or move the call off the loop with `await asyncio.to_thread(requests.get, url)`.',
    }
  },
}
