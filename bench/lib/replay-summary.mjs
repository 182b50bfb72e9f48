// The replay's printed summary: outcomes, times, the largest commits, findings per 1,000 added
// lines per rule, and the first findings of the top rules with the code they point at.
import { percentile } from './dev-server.mjs'

const TOP_RULES = 10
const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-')
// Paths whose findings are expected on purpose (seeded corpora, fixtures); shown apart, not dropped.
const FIXTURE = /(^|\/)(test|tests|__tests__|fixtures?|corpus[^/]*)\//

export function printSummary(records, { samples, repo, base, concurrency }) {
  const by = (outcome) => records.filter((r) => r.outcome === outcome)
  const reviewed = by('reviewed')
  const refused = by('refused')
  const empty = by('empty')
  const failed = records.filter((r) => !['reviewed', 'refused', 'empty'].includes(r.outcome))
  const times = reviewed.map((r) => r.total_ms).sort((a, b) => a - b)
  const added = reviewed.reduce((sum, r) => sum + r.added, 0)
  const lines = []
  const say = (text = '') => lines.push(text)

  say(`replay of ${records.length} commits of ${repo} through ${base}, ${concurrency} in flight`)
  say(`reviewed ${reviewed.length}, refused ${refused.length}, failed ${failed.length}${empty.length ? `, empty (not sent) ${empty.length}` : ''}`)
  say(`submit → terminal: p50 ${fixed(percentile(times, 50), 0)} ms, p95 ${fixed(percentile(times, 95), 0)} ms, max ${fixed(times.at(-1), 0)} ms`)
  for (const r of refused) say(`  refused ${r.sha.slice(0, 10)} HTTP ${r.submit_status} (${r.files} files, +${r.added}): ${r.error}`)
  for (const r of failed) say(`  FAILED  ${r.sha.slice(0, 10)} ${r.outcome} HTTP ${r.submit_status} (${r.files} files, +${r.added}) "${r.subject}": ${r.error}`)
  const mismatched = records.filter((r) => r.cli_refusal && r.outcome === 'reviewed')
  for (const r of mismatched) say(`  the CLI would have refused ${r.sha.slice(0, 10)} locally, the service reviewed it: ${r.cli_refusal}`)
  const retried = records.filter((r) => r.retried)
  for (const r of retried) say(`  retried ${r.sha.slice(0, 10)} once after the connection dropped with no answer (${r.retried}); then ${r.outcome}`)
  const warned = reviewed.filter((r) => r.warnings.length > 0)
  if (warned.length) say(`warnings on ${warned.length} reviews, e.g. ${warned[0].sha.slice(0, 10)}: ${warned[0].warnings.join('; ').slice(0, 300)}`)

  say()
  say('largest commits (by added lines)')
  say('  commit      files   added  body_KB  outcome    ms   findings  subject')
  for (const r of [...records].sort((a, b) => b.added - a.added).slice(0, 10)) {
    say(`  ${r.sha.slice(0, 10)} ${String(r.files).padStart(6)} ${String(r.added).padStart(7)} ${fixed(r.body_bytes / 1024, 0).padStart(8)}  ${r.outcome.padEnd(9)} ${fixed(r.total_ms ?? r.post_ms, 0).padStart(5)} ${String(r.findings.length).padStart(9)}  ${r.subject.slice(0, 60)}`)
  }
  say()
  say('slowest reviews')
  const perKLine = reviewed.map((r) => r.total_ms / Math.max(1, r.added / 1000))
  const medianRate = percentile([...perKLine].sort((a, b) => a - b), 50)
  for (const r of [...reviewed].sort((a, b) => b.total_ms - a.total_ms).slice(0, 5)) {
    const rate = r.total_ms / Math.max(1, r.added / 1000)
    say(`  ${r.sha.slice(0, 10)} ${fixed(r.total_ms, 0).padStart(6)} ms  ${String(r.files).padStart(4)} files  +${String(r.added).padEnd(6)} ${fixed(rate / medianRate, 1)}× the median ms per 1,000 added lines  "${r.subject.slice(0, 50)}"`)
  }

  const rules = new Map()
  for (const r of reviewed) {
    for (const f of r.findings) {
      const rule = rules.get(f.rule_id) ?? { rule: f.rule_id, severity: f.severity, count: 0, fixtures: 0, commits: new Set(), items: [] }
      rule.count++
      if (FIXTURE.test(f.file_path)) rule.fixtures++
      rule.commits.add(r.sha)
      rule.items.push({ ...f, sha: r.sha })
      rules.set(f.rule_id, rule)
    }
  }
  const ranked = [...rules.values()].sort((a, b) => b.count - a.count)
  const total = ranked.reduce((sum, rule) => sum + rule.count, 0)
  say()
  say(`findings per 1,000 added lines (default profile; ${total} findings over ${added} added lines in ${reviewed.length} reviewed commits: ${fixed((total / Math.max(1, added)) * 1000, 2)})`)
  say('  rule                                   severity  findings  per_1k  in_tests/fixtures  commits')
  for (const rule of ranked) {
    say(`  ${rule.rule.padEnd(38)} ${rule.severity.padEnd(9)} ${String(rule.count).padStart(8)} ${fixed((rule.count / Math.max(1, added)) * 1000, 2).padStart(7)} ${String(rule.fixtures).padStart(18)} ${String(rule.commits.size).padStart(8)}`)
  }
  say()
  for (const rule of ranked.slice(0, TOP_RULES)) {
    say(`${rule.rule} — first ${Math.min(samples, rule.items.length)} of ${rule.count}, outside tests/fixtures first:`)
    for (const f of spread(rule.items, samples)) {
      say(`  ${f.sha.slice(0, 8)} ${f.file_path ? `${f.file_path}:${f.line ?? '-'}` : '(whole changeset)'} ${f.message.slice(0, 140)}`)
      if (f.code) say(`      | ${f.code}`)
    }
  }
  console.log(lines.join('\n'))

  return {
    bench: 'replay',
    commits: records.length,
    reviewed: reviewed.length,
    refused: refused.length,
    failed: failed.length,
    empty: empty.length,
    retried: retried.length,
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    max_ms: round(times.at(-1)),
    median_ms_per_1k_added: round(medianRate),
    added_lines: added,
    findings: total,
    findings_per_1k_added: Number(((total / Math.max(1, added)) * 1000).toFixed(2)),
    by_rule: Object.fromEntries(ranked.map((rule) => [rule.rule, { count: rule.count, per_1k: Number(((rule.count / Math.max(1, added)) * 1000).toFixed(2)), in_fixtures: rule.fixtures }])),
    failures: failed.map((r) => ({ sha: r.sha, outcome: r.outcome, status: r.submit_status, error: r.error })),
    refusals: refused.map((r) => ({ sha: r.sha, status: r.submit_status, error: r.error })),
  }
}

/** Up to `n` findings, one per file first and outside tests/fixtures first, so one noisy file does not fill the sample. */
function spread(items, n) {
  const ordered = [...items.filter((f) => !FIXTURE.test(f.file_path)), ...items.filter((f) => FIXTURE.test(f.file_path))]
  const seen = new Set()
  const picked = []
  for (const f of ordered) {
    if (picked.length >= n) break
    if (seen.has(f.file_path)) continue
    seen.add(f.file_path)
    picked.push(f)
  }
  for (const f of ordered) {
    if (picked.length >= n) break
    if (!picked.includes(f)) picked.push(f)
  }
  return picked
}

const round = (value) => (Number.isFinite(value) ? Math.round(value) : null)
