// Flags `console.log/debug/trace` left in JavaScript/TypeScript application code. Known false
// positives: intentional logging (Workers have no other logger); tests, scripts, CLIs and
// debug-guarded calls are skipped.
import type { LineRule } from '../../types'
import { linesBefore, scanCurrent } from '../../source'
import { firstLine, isScriptPath } from './util'

const CALL = /(?<![\w$.])console\.(log|debug|trace|dir|table)\s*\(/
const DEBUG_GUARD = /\bif\s*\(.*\b(?:debug|verbose|DEBUG|VERBOSE|isDev|__DEV__|process\.env\.NODE_ENV)\b/

export const consoleLog: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/console-log',
    title: 'Leftover `console.log`',
    severity: 'minor',
    category: 'maintainability',
    pack: 'hygiene',
    tier: 'strict',
    languages: ['javascript', 'typescript', 'vue', 'svelte'],
    description:
      'Debug output left in application code clutters logs, can leak request data into them, and costs time on hot paths. Remove it, or log deliberately (`console.info`/`console.error` with context, or the project logger). Tests, scripts, CLIs and calls behind a debug flag are not flagged.',
    examples: {
      bad: 'export async function createUser(input) {\n  console.log("input", input)\n  return db.insert(users).values(input)\n}\n',
      good: 'export async function createUser(input) {\n  const user = await db.insert(users).values(input)\n  console.info("user created", { id: user.id })\n  return user\n}\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('console.')) return
    const file = ctx.file
    if (ctx.source.isTest || isScriptPath(file.path)) return
    const scanned = scanCurrent(ctx)
    const m = scanned && CALL.exec(scanned.code)
    if (!m) return
    if (firstLine(file)?.startsWith('#!')) return
    if (DEBUG_GUARD.test(scanned.code) || linesBefore(ctx, 2, 'js').some((l) => DEBUG_GUARD.test(l.scanned.code))) return
    const call = text.slice(m.index).trim()
    const shown = call.length > 60 ? `${call.slice(0, 59)}…` : call
    return {
      line: ctx.line.newLine,
      message: `\`${shown}\` looks like leftover debug output in application code.`,
      suggestion:
        m[1] === 'log' || m[1] === 'debug'
          ? 'Remove it, or log on purpose with `console.info(...)`/`console.error(...)` (or the project logger) and a clear message.'
          : `Remove the \`console.${m[1]}\` call before merging.`,
    }
  },
}
