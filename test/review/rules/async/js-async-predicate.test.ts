import { jsAsyncPredicate } from '../../../../src/review/rules/async/js-async-predicate'
import { testRule } from '../../rule-tester'

testRule(jsAsyncPredicate, {
  valid: [
    'const active = users.filter((u) => u.active)',
    'const ok = await Promise.all(users.map(async (u) => isActive(u.id)))\nconst active = users.filter((_, i) => ok[i])',
    'const results = await Promise.all(items.map(async (x) => fetchOne(x)))',
    '// users.filter(async (u) => await check(u))',
    'const found = list.find((x) => x.id === id)',
  ],
  invalid: [
    {
      code: 'export async function activeUsers(users) {\n  return users.filter(async (u) => await isActive(u.id))\n}',
      findings: [{ line: 2, message: /`users\.filter\(async \.\.\.\)` tests a Promise, which is always truthy, so it keeps every element/, severity: 'major', suggestion: /Promise\.all/ }],
    },
    {
      code: 'const anyFailed = await jobs.some(async (j) => (await status(j)) === "failed")',
      findings: [{ line: 1, message: /non-empty array/ }],
    },
    {
      code: 'const owner = this.members.find(async (m) => {\n  return await isOwner(m)\n})',
      findings: [{ line: 1, message: /returns the first element/ }],
    },
  ],
})
