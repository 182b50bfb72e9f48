/** Flags `.forEach(async ...)` callbacks that `await`: forEach ignores the promises, so nothing waits for them. FP: fire-and-forget that is intended. */
import type { LineRule } from '../../types'
import { fileGate } from '../../needles'
import { callArgs, isCommentLine, lexAhead, lexLine, MAX_LINE, receiverStart, sinkMatches } from '../../source'

const FOR_EACH = /\.forEach\s*\(\s*async\b/g
const gate = fileGate(['forEach(async', 'forEach( async'])
const PARAMS = /^async\s*(?:function\s*[\w$]*\s*)?(?:\(\s*([^)]*)\)|([\w$]+))/

export const jsAwaitInForEach: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/await-in-foreach',
    title: '`await` inside `forEach(async ...)`',
    severity: 'major',
    category: 'bug',
    pack: 'async',
    tier: 'core',
    languages: ['javascript', 'typescript', 'vue', 'svelte'],
    description:
      '`Array.prototype.forEach` ignores what its callback returns, so with an async callback nothing waits: the code after the loop runs before the callbacks finish, they all run at once, and their rejections go unhandled. Use `for...of` to run them in order or `await Promise.all(items.map(async ...))` to run them together.',
    examples: {
      bad: 'export async function saveAll(users) {\n  users.forEach(async (user) => {\n    await db.save(user)\n  })\n  console.log("saved")\n}\n',
      good: 'export async function saveAll(users) {\n  for (const user of users) {\n    await db.save(user)\n  }\n  console.log("saved")\n}\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!text.includes('forEach') || !text.includes('async') || isCommentLine(text, 'js')) return undefined
    const lexed = lexLine(ctx, 'js')
    for (const m of sinkMatches(lexed.masked, FOR_EACH)) {
      const open = m.index + m[0].indexOf('(')
      const wide = lexAhead(ctx, 'js', 60)
      const call = callArgs(wide, open)
      const callback = call.args[0]
      if (!callback) continue
      const body = wide.masked.slice(callback.start, callback.end)
      if (!/\bawait\b/.test(body)) continue
      const items = text.slice(receiverStart(text, m.index), m.index)
      const params = PARAMS.exec(callback.text)
      const names = (params?.[1] ?? params?.[2] ?? '').split(',').map((p) => p.trim().split(/[\s:=]/)[0]!).filter(Boolean)
      const loop =
        names.length === 1
          ? `for (const ${names[0]} of ${items}) { ... }`
          : names.length === 2
            ? `for (const [${names[1]}, ${names[0]}] of ${items}.entries()) { ... }`
            : `for (const item of ${items}) { ... }`
      return {
        line: ctx.line.newLine,
        message: `\`${items}.forEach(async ...)\` does not wait for its callbacks: code after it runs before the awaited work finishes, and rejections go unhandled`,
        suggestion: `Run them in order with \`${loop}\`, or together with \`await Promise.all(${items}.map(async (${names[0] ?? 'item'}) => { ... }))\`.`,
      }
    }
    return undefined
  },
}
