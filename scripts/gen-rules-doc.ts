/**
 * Writes docs/rules.md from the rule metadata, so the docs cannot drift from the code.
 *   npx tsx scripts/gen-rules-doc.ts           regenerate
 *   npx tsx scripts/gen-rules-doc.ts --check   exit 1 if the file is stale (for CI)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { PACKS, ruleCatalog, type Language, type Pack, type Profile, type RuleMeta, type Tier } from '../src/review/index'

const OUTPUT = new URL('../docs/rules.md', import.meta.url)
const COMMAND = 'npx tsx scripts/gen-rules-doc.ts'

const PROFILES_BY_TIER: Record<Tier, Profile[]> = {
  core: ['prototype', 'default', 'strict'],
  recommended: ['default', 'strict'],
  strict: ['strict'],
}

const PACK_BLURBS: Record<Pack, string> = {
  secrets: 'Credentials and keys committed in code or config.',
  injection: 'Untrusted data reaching SQL, shells, eval and templates.',
  crypto: 'Weak hashing, ciphers, randomness and TLS settings.',
  bugs: 'Code that is likely wrong.',
  async: 'Promises, awaits and concurrency mistakes.',
  hygiene: 'Leftovers and habits that hurt maintenance.',
  changeset: 'Properties of the change as a whole.',
}

const FENCE_LANGUAGE: Partial<Record<Language, string>> = {
  typescript: 'ts',
  javascript: 'js',
  'github-actions': 'yaml',
  terraform: 'hcl',
  dotenv: 'sh',
  requirements: 'text',
  csharp: 'cs',
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function fence(code: string, language: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}${language}\n${code.replace(/\n+$/, '')}\n${ticks}`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function fenceLanguage(meta: RuleMeta): string {
  if (meta.languages === '*' || meta.languages.length === 0) return ''
  const first = meta.languages[0]!
  return FENCE_LANGUAGE[first] ?? first
}

function renderRule(meta: RuleMeta): string {
  const languages = meta.languages === '*' ? 'all files' : meta.languages.join(', ')
  const language = fenceLanguage(meta)
  return [
    `### \`${meta.id}\``,
    '',
    `**${meta.title}**`,
    '',
    '| Severity | Category | Tier | Profiles | Languages | CWE |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${meta.severity} | ${meta.category} | ${meta.tier} | ${PROFILES_BY_TIER[meta.tier].join(', ')} | ${cell(languages)} | ${meta.cwe?.length ? meta.cwe.join(', ') : '—'} |`,
    '',
    meta.description.trim(),
    '',
    ...(meta.flow
      ? [
          'Data flow (syntax analysis, with the line rule as fallback for files that do not parse):',
          '',
          `- Sources: ${meta.flow.sources.length ? meta.flow.sources.join('; ') : 'none (the call itself is the problem)'}`,
          `- Sinks: ${meta.flow.sinks.join('; ')}`,
          `- Sanitizers: ${meta.flow.sanitizers.length ? meta.flow.sanitizers.join('; ') : 'none'}`,
          '',
        ]
      : []),
    'Flagged:',
    '',
    fence(meta.examples.bad, language),
    '',
    'Fine:',
    '',
    fence(meta.examples.good, language),
  ].join('\n')
}

function renderRulesDoc(rules: readonly RuleMeta[]): string {
  const byPack = PACKS.map((pack) => ({ pack, rules: rules.filter((r) => r.pack === pack) }))
  const contents = byPack.flatMap(({ pack, rules: packRules }) => [
    `- [${pack}](#${slug(pack)}) (${packRules.length})`,
    ...packRules.map((r) => `  - [\`${r.id}\`](#${slug(`\`${r.id}\``)}) ${cell(r.title)} (${r.severity})`),
  ])
  const sections = byPack.flatMap(({ pack, rules: packRules }) => [
    `## ${pack}`,
    '',
    PACK_BLURBS[pack],
    '',
    ...(packRules.length === 0 ? ['No rules yet.', ''] : packRules.flatMap((r) => [renderRule(r), ''])),
  ])
  return [
    '# Rules',
    '',
    `<!-- Generated from the rule metadata by \`${COMMAND}\`; edit the rules, not this file. -->`,
    '',
    `${rules.length} rules in ${PACKS.length} packs. The \`profile\` option picks tiers: \`prototype\` runs`,
    '`core` rules, `default` adds `recommended`, `strict` runs everything. `enable` and `disable` take',
    'rule ids, pack names or namespaces (`python` for every `python/...` rule); `disable` wins.',
    '',
    'Silence one finding with a comment naming the rule (or nothing, for every rule), and a reason:',
    '',
    '```python',
    'token = os.environ.get("T", "dev-token")  # review-ignore: secrets  local default only',
    '# review-ignore-next-line injection reviewed: input is an enum',
    '```',
    '',
    '## Contents',
    '',
    ...contents,
    '',
    ...sections,
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n')
}

function main(): void {
  const rules = ruleCatalog()
  const duplicates = rules.map((r) => r.id).filter((id, i, ids) => ids.indexOf(id) !== i)
  if (duplicates.length > 0) {
    console.error(`duplicate rule ids: ${[...new Set(duplicates)].join(', ')}`)
    process.exitCode = 1
    return
  }
  const doc = renderRulesDoc(rules)
  if (process.argv.includes('--check')) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : ''
    if (current !== doc) {
      console.error(`docs/rules.md is out of date; run: ${COMMAND}`)
      process.exitCode = 1
      return
    }
    console.log(`docs/rules.md is up to date (${rules.length} rules)`)
    return
  }
  writeFileSync(OUTPUT, doc)
  console.log(`wrote docs/rules.md (${rules.length} rules)`)
}

main()
