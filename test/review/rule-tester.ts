/**
 * Table-driven rule tests in the style of ESLint's RuleTester. Every case goes through the real
 * `reviewChangeset` with only the rule under test, so parsing, language routing, suppression and
 * ordering are exercised exactly as in production.
 */
import { beforeAll, describe, it, type ExpectStatic } from 'vitest'
import { parseUnifiedDiff } from '../../src/review/diff'
import { reviewChangeset } from '../../src/review/engine'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'
import type { Finding, Language, ReviewInputFile, ReviewOptions, ReviewResult, Rule, Severity } from '../../src/review/types'

export interface RuleCase {
  /** Becomes the added lines of a new file; line 1 is the first line of `code`. */
  code: string
  /** Defaults to a typical file for the rule's first language (`app.py`, `src/app.ts`...). */
  path?: string
  /** A full unified diff, used instead of `code` when a case needs context or removed lines. */
  diff?: string
  /** For changeset rules: several new files at once (`code` and `path` are then ignored). */
  files?: Array<{ path: string; code: string }>
  options?: ReviewOptions
}

export interface InvalidCase extends RuleCase {
  findings: Array<{
    line?: number | null
    message?: string | RegExp
    severity?: Severity
    suggestion?: string | RegExp
    filePath?: string | null
  }>
}

const DEFAULT_PATHS: Record<Language, string> = {
  python: 'app.py',
  javascript: 'src/app.js',
  typescript: 'src/app.ts',
  go: 'main.go',
  java: 'src/Main.java',
  kotlin: 'src/Main.kt',
  ruby: 'app.rb',
  php: 'index.php',
  csharp: 'Program.cs',
  rust: 'src/main.rs',
  c: 'main.c',
  cpp: 'main.cpp',
  swift: 'main.swift',
  shell: 'deploy.sh',
  sql: 'schema.sql',
  html: 'index.html',
  css: 'styles.css',
  vue: 'src/App.vue',
  svelte: 'src/App.svelte',
  yaml: 'config.yml',
  json: 'config.json',
  toml: 'config.toml',
  ini: 'setup.cfg',
  markdown: 'README.md',
  dockerfile: 'Dockerfile',
  makefile: 'Makefile',
  terraform: 'main.tf',
  dotenv: '.env',
  'github-actions': '.github/workflows/ci.yml',
  requirements: 'requirements.txt',
  text: 'notes.txt',
}

/** A typical path for the rule's first language; `'*'` rules get `src/app.ts`. */
export function defaultPathFor(rule: Rule): string {
  const languages = rule.meta.languages
  return languages === '*' || languages.length === 0 ? 'src/app.ts' : DEFAULT_PATHS[languages[0]!]
}

function diffPath(path: string): string {
  // Git ends names that contain spaces with a tab in `---`/`+++` lines.
  return path.includes(' ') ? `${path}\t` : path
}

/** A `git diff` of a new file whose content is `code` (a trailing newline is not an extra line). */
export function addedDiff(path: string, code: string): string {
  const lines = code === '' ? [] : code.replace(/\n$/, '').split('\n')
  const header = [`diff --git a/${path} b/${path}`, 'new file mode 100644', '--- /dev/null', `+++ b/${diffPath(path)}`]
  if (lines.length === 0) return `${header.join('\n')}\n`
  return `${[...header, `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n')}\n`
}

function inputsFor(rule: Rule, c: RuleCase): ReviewInputFile[] {
  if (c.files) return c.files.map((f) => ({ path: f.path, diff: addedDiff(f.path, f.code) }))
  if (c.diff !== undefined) {
    const path = c.path ?? parseUnifiedDiff(c.diff)[0]?.path ?? defaultPathFor(rule)
    return [{ path, diff: c.diff }]
  }
  const path = c.path ?? defaultPathFor(rule)
  return [{ path, diff: addedDiff(path, c.code) }]
}

function runCase(rule: Rule, c: RuleCase): ReviewResult {
  return reviewChangeset(inputsFor(rule, c), { profile: 'strict', ...c.options }, { rules: [rule] })
}

/** A rule that throws is recorded as a problem, not a finding: never let that pass as "valid". */
function ruleFailures(result: ReviewResult, id: string): string[] {
  const prefix = `rule ${id} failed`
  return [...result.files.flatMap((f) => f.problems), ...(result.problems ?? [])]
    .map((p) => p.message)
    .filter((m) => m.startsWith(prefix))
}

function label(kind: string, n: number, c: RuleCase | string): string {
  const source = typeof c === 'string' ? c : (c.files?.map((f) => f.path).join(' + ') ?? c.diff ?? c.code)
  const first = source.trim().split('\n')[0] ?? ''
  return `${kind} #${n}: ${first.length > 60 ? `${first.slice(0, 60)}…` : first}`
}

type Expected = InvalidCase['findings'][number]

function project(finding: Finding, keys: readonly (keyof Expected)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, finding[k]]))
}

function expectation(expect: ExpectStatic, wanted: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(wanted)) {
    out[key] = value instanceof RegExp ? expect.stringMatching(value) : value
  }
  return out
}

/** An example that is itself a diff (a changeset rule's several files) is reviewed as one. */
function exampleCase(example: string): RuleCase {
  return /^(diff --git |--- )/.test(example) ? { code: '', diff: example } : { code: example }
}

const ALL_KEYS: readonly (keyof Expected)[] = ['line', 'message', 'severity', 'suggestion', 'filePath']

export function testRule(rule: Rule, cases: { valid: Array<string | RuleCase>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    // Syntax rules need the parsers; line rules ignore them.
    beforeAll(() => loadSyntaxRuntime())
    cases.valid.forEach((raw, i) => {
      const c = typeof raw === 'string' ? { code: raw } : raw
      it(label('valid', i + 1, raw), ({ expect }) => {
        const result = runCase(rule, c)
        expect(ruleFailures(result, rule.meta.id)).toEqual([])
        expect(result.findings).toEqual([])
      })
    })

    cases.invalid.forEach((c, i) => {
      it(label('invalid', i + 1, c), ({ expect }) => {
        const result = runCase(rule, c)
        expect(ruleFailures(result, rule.meta.id)).toEqual([])
        const actual = result.findings.map((f, n) => {
          const wanted = c.findings[n]
          return project(f, wanted ? (Object.keys(wanted) as (keyof Expected)[]) : ALL_KEYS)
        })
        expect(actual).toEqual(c.findings.map((f) => expectation(expect, f)))
      })
    })

    it('meta.examples.bad is flagged', ({ expect }) => {
      const result = runCase(rule, exampleCase(rule.meta.examples.bad))
      expect(ruleFailures(result, rule.meta.id)).toEqual([])
      expect(result.findings.length).toBeGreaterThanOrEqual(1)
    })

    it('meta.examples.good is clean', ({ expect }) => {
      const result = runCase(rule, exampleCase(rule.meta.examples.good))
      expect(ruleFailures(result, rule.meta.id)).toEqual([])
      expect(result.findings).toEqual([])
    })
  })
}
