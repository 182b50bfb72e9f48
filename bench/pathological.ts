/**
 * Hostile inputs for the review engine: the shapes that made rules rescan unbounded context per
 * match (unclosed calls, 100 KB lines, thousands of repeated openers, deep nesting, unterminated
 * strings and comments). Every rule's own `examples.bad` seeds the files of its languages, so
 * each rule's file gate opens and its sinks really occur; the shapes then break them up.
 * Deterministic, so the benchmark and the test measure the same bytes.
 */
import type { Language, ReviewInputFile, Rule } from '../src/review/types'

export interface PathologicalShape {
  name: string
  inputs: ReviewInputFile[]
  /** UTF-8 bytes of every diff in `inputs`. */
  bytes: number
}

const PATHS: Partial<Record<Language, string>> = {
  python: 'app/handler.py',
  javascript: 'src/handler.js',
  typescript: 'src/handler.ts',
  go: 'internal/handler.go',
  java: 'src/main/java/Handler.java',
  kotlin: 'src/main/kotlin/Handler.kt',
  ruby: 'app/handler.rb',
  php: 'web/handler.php',
  csharp: 'src/Handler.cs',
  rust: 'src/handler.rs',
  c: 'src/handler.c',
  cpp: 'src/handler.cpp',
  swift: 'Sources/Handler.swift',
  shell: 'scripts/deploy.sh',
  sql: 'db/schema.sql',
  html: 'web/index.html',
  css: 'web/site.css',
  vue: 'src/Handler.vue',
  svelte: 'src/Handler.svelte',
  yaml: 'deploy/app.yaml',
  json: 'config/app.json',
  toml: 'config/app.toml',
  ini: 'config/app.ini',
  markdown: 'docs/guide.md',
  dockerfile: 'Dockerfile',
  makefile: 'Makefile',
  terraform: 'infra/main.tf',
  dotenv: '.env',
  'github-actions': '.github/workflows/ci.yml',
  requirements: 'requirements.txt',
  text: 'notes.txt',
}

// Openers every rule might meet whatever its language: brackets, quotes, comment and template starts.
const GENERIC_OPENERS = ['(', '[', '{', '"', "'", '`', '"""', "'''", '${', '#{', '/*', '<!--', 'eval(', 'exec(', 'exec.Command(']
// [prefix, piece]: a line is the prefix, then the piece repeated. Comment leaders put a run inside
// a comment, where comment rules (TODO notes, suppressions, commented-out code) read it.
const HOSTILE_RUNS: ReadonlyArray<readonly [string, string]> = [
  ['', ' '], ['', '\t'], ['', 'A'], ['', 'a-'], ['', '$'], ['', '${'], ['', '{'], ['', "'"], ['', '"\\'], ['', "'\\"],
  ['', '(/['], ['', 'a["'], ['', 'select '], ['', 'CORS('], ['', 'eval('], ['', 'x = '], ['# ', ' '], ['// ', '\t'], ['/* ', '*'],
]
const CALL_OPENER = /[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*\s*\(/g

/** The source lines of every rule's bad example for `language` (diff-shaped examples are changeset rules'). */
function seedLines(rules: readonly Rule[], language: Language): string[] {
  const lines: string[] = []
  for (const rule of rules) {
    const { languages } = rule.meta
    if (languages !== '*' && !languages.includes(language)) continue
    const bad = rule.meta.examples.bad
    if (/^(diff --git |--- )/.test(bad)) continue
    for (const line of bad.split('\n')) if (line.trim() !== '') lines.push(line)
  }
  return lines
}

function openersOf(lines: readonly string[]): string[] {
  const found = new Set<string>(GENERIC_OPENERS)
  for (const line of lines) for (const m of line.matchAll(CALL_OPENER)) found.add(m[0])
  return [...found]
}

function unclose(line: string): string {
  return line.replace(/[)\]}]/g, '')
}

/** Lines cycled from `source` until `bytes` characters are used. */
function fill(source: readonly string[], bytes: number, map: (line: string) => string = (l) => l): string[] {
  const out: string[] = []
  let used = 0
  for (let i = 0; used < bytes && source.length > 0; i++) {
    const line = map(source[i % source.length]!)
    out.push(line)
    used += line.length + 1
  }
  return out
}

/** One line of `length` characters cycled from `pieces`, joined by `glue`. */
function longLine(pieces: readonly string[], length: number, glue = ' '): string {
  const parts: string[] = []
  let used = 0
  for (let i = 0; used < length && pieces.length > 0; i++) {
    const piece = pieces[i % pieces.length]!
    parts.push(piece)
    used += piece.length + glue.length
  }
  return parts.join(glue).slice(0, length)
}

function newFileDiff(path: string, lines: readonly string[]): string {
  return `diff --git a/${path} b/${path}\nnew file mode 100644\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`
}

interface LanguageSeed {
  language: Language
  path: string
  lines: string[]
  openers: string[]
  /** The call openers alone (`eval(`, `exec.Command(`...). */
  calls: string[]
}

type ShapeBuilder = (seed: LanguageSeed, kb: number) => string[]

/** Each shape is one way of defeating a rule that rescans context per match. */
const SHAPES: Array<[string, ShapeBuilder]> = [
  // Every bracket stripped: each call runs on to the end of the file.
  ['unclosed brackets', (s, kb) => fill(s.lines, kb * 1024, unclose)],
  // Long lines, each followed by short unclosed sinks whose arguments would run into the next ones.
  [
    '100 KB lines',
    (s, kb) => {
      const long = longLine(s.lines.map(unclose), 100 * 1024)
      const out: string[] = []
      for (let used = 0; used < kb * 1024; used += long.length) out.push(long, ...s.openers.slice(0, 12))
      return out
    },
  ],
  // 10,000 openers on one line, then 10,000 lines of one opener each.
  [
    '10,000 repeated openers',
    (s) => [repeatOpeners(s.openers, 10_000), ...Array.from({ length: 10_000 }, (_, i) => s.openers[i % s.openers.length]!)],
  ],
  // For every sink, a block of lines packed with unclosed calls to it (the reported incident): each
  // call's arguments run on through the next dozen lines.
  ['packed unclosed sinks', (s) => s.calls.flatMap((call) => Array.from({ length: 16 }, () => longLine([`x = ${call}`], 240)))],
  // Long runs of one character or token: what makes a backtracking regex or a rescanning lexer
  // quadratic (unmatched quotes behind escapes, regex classes that never close, whitespace).
  ['long hostile runs', (_s, kb) => HOSTILE_RUNS.map(([prefix, piece]) => prefix + piece.repeat(Math.ceil((kb * 2048) / piece.length)))],
  // Thousands of nested calls and brackets around real sink lines.
  [
    'deep nesting',
    (s, kb) => {
      const out: string[] = []
      for (let i = 0, used = 0; used < kb * 1024; i++) {
        const sink = s.lines[i % s.lines.length]!.trim()
        const opener = s.openers[i % s.openers.length]!
        // Some lines stay under the rules' long-line cut-off (4,000 characters), so rules do read them.
        const depth = [20, 100, 250, 500][i % 4]!
        const line = `${opener.repeat(depth)}${'([{'.repeat(depth)}${sink}${'}])'.repeat(depth)}${')'.repeat(depth)}`
        out.push(line)
        used += line.length
      }
      return out
    },
  ],
  // Strings, templates and comments that never end, one per line and many per line.
  [
    'unterminated strings and comments',
    (s, kb) => {
      const openers = ['"', "'", '`', '"""', "'''", 'f"{', '`${', '"#{', '/*', '<!--', "r'", 'b"']
      return fill(
        s.lines.map((l, i) => `${unclose(l)} ${openers[i % openers.length]!.repeat(1 + (i % 40))}`),
        kb * 1024,
      )
    },
  ],
]

function repeatOpeners(openers: readonly string[], count: number): string {
  const parts: string[] = []
  for (let i = 0; i < count; i++) parts.push(openers[i % openers.length]!)
  return parts.join('')
}

/** Every language some rule covers (`'*'` rules get a plain-text file). */
function languagesOf(rules: readonly Rule[]): Language[] {
  const seen = new Set<Language>(['text'])
  for (const rule of rules) if (rule.meta.languages !== '*') for (const l of rule.meta.languages) seen.add(l)
  return [...seen].filter((l) => PATHS[l] !== undefined)
}

/**
 * The reported incident: about 120 KB (times `scale`) of 1,000-character lines packed with
 * unclosed `eval(`, `exec(` and `exec.Command(` calls, which made every call re-lex its line and
 * the next twelve.
 */
export function incidentInputs(scale = 1): ReviewInputFile[] {
  const files: Array<[string, string]> = [
    ['app/incident.py', 'result = eval(exec(expr + '],
    ['src/incident.js', 'const out = eval(input + '],
    ['internal/incident.go', 'exec.Command("sh", "-c", script + '],
  ]
  return files.map(([path, piece]) => {
    const line = longLine([piece], 1000, '')
    return { path, diff: newFileDiff(path, Array.from({ length: 40 * scale }, () => line)) }
  })
}

/**
 * One changeset per shape, with a file per language that any of `rules` covers. `kb` sizes the
 * sized shapes per file; the 10,000-openers shape is as long as its openers make it.
 */
export function pathologicalShapes(rules: readonly Rule[], kb = 8): PathologicalShape[] {
  const seeds: LanguageSeed[] = languagesOf(rules).map((language) => {
    const lines = seedLines(rules, language)
    const usable = lines.length > 0 ? lines : ['value = compute(input)']
    const openers = openersOf(usable)
    return { language, path: PATHS[language]!, lines: usable, openers, calls: openers.filter((o) => o.endsWith('(') && o.length > 1) }
  })
  const encoder = new TextEncoder()
  const shape = (name: string, inputs: ReviewInputFile[]): PathologicalShape => ({ name, inputs, bytes: inputs.reduce((n, i) => n + encoder.encode(i.diff).length, 0) })
  return [
    shape('reported incident (120 KB of unclosed eval/exec calls)', incidentInputs()),
    ...SHAPES.map(([name, build]) => shape(name, seeds.map((seed) => ({ path: seed.path, diff: newFileDiff(seed.path, build(seed, kb)) })))),
  ]
}
