/** Flags subprocess.run/os.system, sync DB drivers and open().read() inside `async def`. FP: tiny local files read once at startup. */
import type { LineRule, Severity } from '../../types'
import { fileGate } from '../../needles'
import { inPythonDocstring, lexLine, MAX_LINE } from '../../source'
import { inAsyncDef, OFFLOADED } from './util'

interface Blocking {
  re: RegExp
  what: string
  fix: string
  severity: Severity
}

const CHECKS: Blocking[] = [
  {
    re: /(?<![\w.])(subprocess\.(?:run|call|check_call|check_output|getoutput|getstatusoutput)|os\.system)\s*\(/,
    what: 'waits for the child process on the event loop',
    fix: 'Use `proc = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE)` and `await proc.communicate()`.',
    severity: 'major',
  },
  {
    re: /(?<![\w.])(psycopg2\.connect|sqlite3\.connect|pymysql\.connect|MySQLdb\.connect|mysql\.connector\.connect|pymongo\.MongoClient|redis\.Redis|redis\.StrictRedis)\s*\(/,
    what: 'is a synchronous driver: every query on it blocks the event loop',
    fix: 'Use an async driver (`asyncpg`, `aiosqlite`, `aiomysql`, `motor`, `redis.asyncio`) or SQLAlchemy `create_async_engine`.',
    severity: 'major',
  },
  {
    re: /(?<![\w.])(open\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*\.(?:read|readlines|write)|json\.load\s*\(\s*open|Path\s*\([^()]*\)\s*\.(?:read_text|read_bytes|write_text|write_bytes))\s*\(/,
    what: 'does file I/O on the event loop',
    fix: 'For anything but tiny files, use `await asyncio.to_thread(path.read_text)` or `aiofiles`.',
    severity: 'minor',
  },
]

const gate = fileGate(['async def'])

export const pythonBlockingIo: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/blocking-io-in-async',
    title: 'Blocking subprocess, database or file call inside `async def`',
    severity: 'major',
    category: 'performance',
    pack: 'async',
    tier: 'core',
    languages: ['python'],
    description:
      '`subprocess.run`, synchronous database drivers and plain file reads block the thread; in a coroutine that thread runs the event loop, so all concurrent requests stall behind them. Use the asyncio subprocess API, async drivers, or push the work to a thread with `asyncio.to_thread`.',
    examples: {
      bad: 'import subprocess\n\nasync def convert(path):\n    subprocess.run(["ffmpeg", "-i", path, "out.mp4"], check=True)\n',
      good: 'import asyncio\n\nasync def convert(path):\n    proc = await asyncio.create_subprocess_exec("ffmpeg", "-i", path, "out.mp4")\n    await proc.wait()\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!(text.includes('subprocess.') || text.includes('os.system') || text.includes('connect(') || text.includes('Client(') || text.includes('Redis(') || text.includes('open(') || text.includes('Path('))) {
      return undefined
    }
    const code = lexLine(ctx, 'py').masked
    if (OFFLOADED.test(code)) return undefined
    for (const check of CHECKS) {
      const m = check.re.exec(code)
      if (!m) continue
      const def = inAsyncDef(ctx)
      if (!def || inPythonDocstring(ctx)) return undefined
      // The masked line keeps columns, so the original text shows the string arguments.
      const call = text.slice(m.index, m.index + m[1]!.length).replace(/\s+/g, ' ')
      const shown = call.length > 40 ? call.slice(0, 39) + '…' : call
      return {
        line: ctx.line.newLine,
        message: `\`${shown}(...)\` in \`async def ${def.name}\` ${check.what}`,
        suggestion: check.fix,
        severity: check.severity,
      }
    }
    return undefined
  },
}
