import { jsAwaitInForEach } from '../../../../src/review/rules/async/js-await-in-foreach'
import { testRule } from '../../rule-tester'

testRule(jsAwaitInForEach, {
  valid: [
    'for (const user of users) {\n  await db.save(user)\n}',
    'await Promise.all(users.map(async (user) => {\n  await db.save(user)\n}))',
    'users.forEach((user) => console.log(user.name))',
    // async without await: nothing is waited on
    'items.forEach(async (item) => track(item))',
    '// users.forEach(async (u) => { await save(u) })',
    'const label = "forEach(async) is a trap"',
  ],
  invalid: [
    {
      code: 'export async function saveAll(users) {\n  users.forEach(async (user) => {\n    await db.save(user)\n  })\n  console.log("saved")\n}',
      findings: [{ line: 2, message: /`users\.forEach\(async \.\.\.\)` does not wait/, severity: 'major', suggestion: /for \(const user of users\)/ }],
    },
    {
      code: 'this.queue.forEach(async function (job, i) {\n  const res = await run(job)\n  results[i] = res\n})',
      findings: [{ line: 1, suggestion: /for \(const \[i, job\] of this\.queue\.entries\(\)\)/ }],
    },
    {
      code: 'files.forEach(async file => await upload(file))',
      findings: [{ line: 1, suggestion: /Promise\.all\(files\.map/ }],
    },
    {
      code: '<script setup lang="ts">\nonMounted(() => {\n  ids.forEach(async (id: string) => {\n    cache[id] = await load(id)\n  })\n})\n</script>',
      path: 'src/components/List.vue',
      findings: [{ line: 3, suggestion: /for \(const id of ids\)/ }],
    },
  ],
})
