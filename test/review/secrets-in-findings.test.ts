import { beforeAll, describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { allRules } from '../../src/review/rules'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'
import type { Finding, Rule } from '../../src/review/types'
import { LIVE } from './live-secrets'
import { addedDiff, defaultPathFor } from './rule-tester'

// No rule may echo a secret that sits on a line it reports, however it quotes the line: whole,
// cut short, as an identifier, inside a string or a comment. Each rule's own bad example is the
// trigger; secrets are planted in it every way that keeps the rule firing.

/** Secrets with their public prefixes (shown when masked); all three are valid identifiers too. */
const SECRETS = [
  { value: LIVE.github, prefix: 4 },
  { value: LIVE.stripe, prefix: 8 },
  { value: LIVE.aws, prefix: 4 },
]

// Whole identifiers only: a key glued onto other letters is no key to the secrets rules either.
const IDENTIFIER = /(?<![\w$])[A-Za-z_]\w*(?![\w$])/g
const MAX_VARIANTS_PER_LINE = 16

interface Example {
  path: string
  /** The example as a diff; its `+` lines are where secrets go. */
  diff: string
}

function exampleOf(rule: Rule): Example {
  const bad = rule.meta.examples.bad
  if (/^(diff --git |--- )/.test(bad)) return { path: '', diff: bad }
  const path = defaultPathFor(rule)
  return { path, diff: addedDiff(path, bad) }
}

function review(rule: Rule, example: Example, diff: string): Finding[] {
  const files = example.path ? [{ path: example.path, diff }] : splitDiff(diff)
  return reviewChangeset(files, { profile: 'strict' }, { rules: [rule] }).findings
}

/** A multi-file example diff, one input per file (as a submission would send it). */
function splitDiff(diff: string): Array<{ path: string; diff: string }> {
  return diff
    .split(/^(?=diff --git )/m)
    .filter((part) => part.trim() !== '')
    .map((part) => ({ path: /^\+\+\+ b\/(.+)$/m.exec(part)?.[1]?.trim() ?? 'file', diff: part }))
}

/** Indexes of the diff's `+` lines, keyed by file path and new-side line number. */
function addedLines(diff: string, defaultPath: string): Map<string, number> {
  const lines = diff.split('\n')
  const out = new Map<string, number>()
  let path = defaultPath
  let next = 0
  lines.forEach((line, i) => {
    const file = /^\+\+\+ b\/(.+)$/.exec(line)
    if (file) path = file[1]!.trim()
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line)
    if (hunk) next = Number(hunk[1])
    else if (line.startsWith('+') && !line.startsWith('+++')) out.set(`${path}:${next++}`, i)
    else if (line.startsWith(' ')) next++
  })
  return out
}

/** The line with a secret planted: as each identifier, at the start of each string, in a comment. */
function variants(line: string, secret: string): string[] {
  const body = line.slice(1)
  const out: string[] = []
  for (const m of body.matchAll(IDENTIFIER)) out.push(body.slice(0, m.index) + secret + body.slice(m.index + m[0].length))
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '"' || body[i] === "'" || body[i] === '`') out.push(`${body.slice(0, i + 1)}${secret} ${body.slice(i + 1)}`)
  }
  out.push(`${body} // ${secret}`, `${body} # ${secret}`, `${secret} ${body}`)
  return out.slice(0, MAX_VARIANTS_PER_LINE).map((v) => `+${v}`)
}

/** Every 8-character run of the secret past its public prefix. */
function leaks(finding: Finding, secret: { value: string; prefix: number }): string[] {
  const text = JSON.stringify(finding)
  const runs: string[] = []
  for (let i = secret.prefix; i + 8 <= secret.value.length; i++) {
    const run = secret.value.slice(i, i + 8)
    if (text.includes(run)) runs.push(run)
  }
  return runs
}

// Syntax rules need the parsers; line rules ignore them.
beforeAll(() => loadSyntaxRuntime())

describe('no rule echoes a secret on a line it reports', () => {
  for (const rule of allRules) {
    it(rule.meta.id, ({ expect }) => {
      const example = exampleOf(rule)
      const base = review(rule, example, example.diff)
      expect(base.length, 'the bad example triggers the rule').toBeGreaterThan(0)
      const lines = example.diff.split('\n')
      const added = addedLines(example.diff, example.path)
      // Lines the rule points at and their neighbours (rules read context too); file- and
      // changeset-level findings: the first added lines of their file, or of the changeset.
      const targets = new Set<number>()
      for (const f of base) {
        if (f.line !== null) for (let n = f.line - 1; n <= (f.endLine ?? f.line) + 1; n++) targets.add(added.get(`${f.filePath}:${n}`) ?? -1)
        else for (const [key, index] of added) if ((f.filePath === null || key.startsWith(`${f.filePath}:`)) && targets.size < 3) targets.add(index)
      }
      targets.delete(-1)
      expect(targets.size, 'the findings point at added lines').toBeGreaterThan(0)

      let fired = 0
      let k = 0
      for (const index of targets) {
        for (const variant of variants(lines[index]!, '\0')) {
          const secret = SECRETS[k++ % SECRETS.length]!
          const mutated = lines.map((l, i) => (i === index ? variant.replaceAll('\0', secret.value) : l)).join('\n')
          const findings = review(rule, example, mutated)
          if (findings.length === 0) continue
          fired++
          for (const f of findings) expect(leaks(f, secret), `${rule.meta.id} on ${JSON.stringify(variant.slice(0, 80))}: ${f.message}`).toEqual([])
        }
      }
      expect(fired, 'some line with a planted secret still triggers the rule').toBeGreaterThan(0)
    })
  }
})

/** The rules the leak was found in: each quotes the secret, and the quote comes out masked. */
const QUOTING: Array<{ rule: string; path: string; code: (s: string) => string }> = [
  { rule: 'hygiene/todo-comment', path: 'app.py', code: (s) => `# TODO: rotate ${s} before the release` },
  { rule: 'js/console-log', path: 'src/app.js', code: (s) => `console.log("using", "${s}")` },
  { rule: 'python/print-statement', path: 'app/service.py', code: (s) => `print("key", "${s}")` },
  { rule: 'python/sql-injection', path: 'app.py', code: (s) => `cursor.execute("SELECT '${s}' FROM keys WHERE u = " + user_id)` },
  { rule: 'js/sql-injection', path: 'src/db.js', code: (s) => `db.query("SELECT '${s}' FROM keys WHERE u = " + req.query.id)` },
  { rule: 'python/shell-injection', path: 'app.py', code: (s) => `os.system("curl -H 'X-Key: ${s}' " + request.args["url"])` },
  {
    rule: 'js/shell-injection',
    path: 'src/run.js',
    code: (s) => `import { exec } from 'node:child_process'\n\nexport function clone(url) {\n  exec(\`git clone ${s} \${url}\`, (err) => console.error(err))\n}`,
  },
  { rule: 'python/unsafe-deserialization', path: 'app.py', code: (s) => `data = pickle.loads(request.data or b"${s}")` },
]

describe('quoting rules mask what they quote', () => {
  for (const c of QUOTING) {
    it(c.rule, ({ expect }) => {
      const rule = allRules.find((r) => r.meta.id === c.rule)
      expect(rule, `${c.rule} is registered`).toBeDefined()
      for (const secret of SECRETS) {
        const findings = reviewChangeset([{ path: c.path, diff: addedDiff(c.path, c.code(secret.value)) }], { profile: 'strict' }, { rules: [rule!] }).findings
        expect(findings.length, `${c.rule} fires`).toBeGreaterThan(0)
        for (const f of findings) expect(leaks(f, secret)).toEqual([])
        // The rule did quote (part of) the secret: it comes out masked.
        expect(findings.map((f) => f.message).join('\n')).toMatch(/…\(\d+ chars\)/)
      }
    })
  }
})
