/** Flags async callbacks passed to filter/some/every/find/findIndex, whose Promise result is always truthy. FP: none known. */
import type { LineRule } from '../../types'
import { fileGate } from '../../needles'
import { isCommentLine, lexLine, MAX_LINE, receiverStart, sinkMatches } from '../../source'

const PREDICATE = /\.(filter|some|every|find|findIndex|findLast|findLastIndex)\s*\(\s*async\b/g

const HINT = /\.(?:filter|some|every|find\w*)\s*\(\s*async\b/
const gate = fileGate(['.filter(async', '.some(async', '.every(async', '.find(async', '.findIndex(async', '.findLast(async', '.findLastIndex(async'])

const EFFECT: Record<string, string> = {
  filter: 'keeps every element',
  some: 'is `true` for any non-empty array',
  every: 'is always `true`',
  find: 'returns the first element',
  findIndex: 'returns `0` for any non-empty array',
  findLast: 'returns the last element',
  findLastIndex: 'returns the last index',
}

export const jsAsyncPredicate: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/async-predicate',
    title: 'Async callback used as an array predicate',
    severity: 'major',
    category: 'bug',
    pack: 'async',
    tier: 'core',
    languages: ['javascript', 'typescript', 'vue', 'svelte'],
    description:
      '`filter`, `some`, `every` and `find` test the callback\'s return value for truthiness, and an async callback always returns a Promise, which is truthy. The awaited answer is never looked at. Resolve the answers first with `Promise.all`, then filter on them.',
    examples: {
      bad: 'export async function activeUsers(users) {\n  return users.filter(async (u) => await isActive(u.id))\n}\n',
      good: 'export async function activeUsers(users) {\n  const active = await Promise.all(users.map((u) => isActive(u.id)))\n  return users.filter((_, i) => active[i])\n}\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!HINT.test(text) || isCommentLine(text, 'js')) return undefined
    const lexed = lexLine(ctx, 'js')
    for (const m of sinkMatches(lexed.masked, PREDICATE)) {
      const method = m[1]!
      const items = text.slice(receiverStart(text, m.index), m.index)
      return {
        line: ctx.line.newLine,
        message: `\`${items}.${method}(async ...)\` tests a Promise, which is always truthy, so it ${EFFECT[method]}`,
        suggestion: `Resolve the answers first: \`const ok = await Promise.all(${items}.map(async (x) => ...)); ${items}.${method}((_, i) => ok[i])\`.`,
      }
    }
    return undefined
  },
}
