import { it } from 'vitest'
import { reviewChangeset } from '../../../src/review/engine'
import { bugsRules } from '../../../src/review/rules/bugs'
import { hygieneRules } from '../../../src/review/rules/hygiene'
import { changesetRules } from '../../../src/review/rules/changeset'
import { addedDiff } from '../rule-tester'

const js = [
  'export async function load(id: string) {',
  '  const user = await db.users.find(id) // TODO: cache this',
  '  if (user == null || user.age == 3) return parseInt(user.id)',
  "  fetchUser(id).then((u) => render(u)).catch(report)",
  '  const s = `hello ${name} == ${other}` + "a == b" + /x==y/.source',
  '  console.log("debug", user)',
  '  // const old = compute(user)',
  '  /* block comment with == inside */ return typeof user === "object"',
  '}',
]
const py = [
  'def handler(event, items=None):',
  '    """Docstring with x == None inside."""',
  '    try:',
  '        value = int(event["x"]) if event is not None else 0',
  '    except Exception as exc:',
  '        log.warning("bad: %s", exc)',
  '    assert value >= 0, "neg"',
  '    print(value)  # TODO remove',
  '    return value == None',
]
function big(lines: string[], n: number) {
  const out: string[] = []
  while (out.length < n) out.push(...lines)
  return out.join('\n') + '\n'
}

it('perf', () => {
  const rules = [...bugsRules, ...hygieneRules, ...changesetRules]
  const inputs = [
    { path: 'src/a.ts', diff: addedDiff('src/a.ts', big(js, 5000)) },
    { path: 'app/a.py', diff: addedDiff('app/a.py', big(py, 5000)) },
  ]
  const bytes = inputs.reduce((n, i) => n + i.diff.length, 0)
  reviewChangeset(inputs, { profile: 'strict' }, { rules })
  const t0 = performance.now()
  const runs = 5
  let r
  for (let i = 0; i < runs; i++) r = reviewChangeset(inputs, { profile: 'strict', max_findings: 100000 }, { rules })
  const ms = (performance.now() - t0) / runs
  const t1 = performance.now()
  for (let i = 0; i < runs; i++) reviewChangeset(inputs, { profile: 'strict' }, { rules: [] })
  const base = (performance.now() - t1) / runs
  console.log(`mine: ${ms.toFixed(1)} ms, engine alone ${base.toFixed(1)} ms, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s, findings ${r!.findings.length}`)
  for (const rule of rules) {
    reviewChangeset(inputs, { profile: 'strict' }, { rules: [rule] })
    const t = performance.now()
    for (let i = 0; i < runs; i++) reviewChangeset(inputs, { profile: 'strict' }, { rules: [rule] })
    console.log(rule.meta.id, ((performance.now() - t) / runs).toFixed(2))
  }
  const counts: Record<string, number> = {}
  for (const f of r!.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1
  console.log(counts)
})
