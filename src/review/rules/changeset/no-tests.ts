// Flags a changeset that changes source logic without touching any test. Known false positives:
// behaviour covered by tests outside the changeset, and refactors that keep behaviour the same.
import type { ChangesetRule, FileUnderReview, Language } from '../../types'
import { SOURCE_LANGUAGES, touchesTests } from './util'

const SOURCE = new Set<Language>(SOURCE_LANGUAGES)
// Tooling, configuration and declarations: changing them needs no unit test.
const NOT_LOGIC_PATH =
  /(?:^|\/)(?:scripts?|migrations?|alembic|docs?|examples?|\.github|\.storybook|bin)\/|\.config\.[cm]?[jt]s$|(?:^|\/)\.?[\w-]*rc\.[cm]?js$|\.d\.ts$|(?:^|\/)(?:setup|manage|wsgi|asgi|settings|conftest|noxfile|__init__|__main__)\.py$|(?:^|\/)(?:env|vite-env)\.d\.ts$|(?:^|\/)(?:gulpfile|gruntfile)\.[cm]?js$/i
const NOT_LOGIC_LINE =
  /^(?:import\b|export\s+(?:\*|\{[^}]*\})\s*from\b|export\s+(?:type|interface)\b|from\s+\S+\s+import\b|package\b|using\b|#include\b|use\b|require\(|const\s+\w+\s*=\s*require\(|(?:export\s+)?(?:interface|type|declare)\b|[\])}]+[;,)]*$|[\w$]+\??\s*:\s*[\w$<>[\]|'" ,.]+[;,]?$|@\w+)/
const MIN_FILE_LOGIC = 2
const MIN_TOTAL_LOGIC = 5

const COMMENT_OR_DOC = /^(?:\/\/|\/\*|\*|#(?!\[)|"""|'''|<!--|-->)/

/**
 * Added lines that are code other than imports, declarations, type members, comments and closing
 * brackets, counted up to `cap`: enough to decide, without lexing the whole file.
 */
function logicLines(file: FileUnderReview, cap: number): number {
  let count = 0
  for (const line of file.addedLines) {
    const code = line.text.trim()
    if (code === '' || COMMENT_OR_DOC.test(code) || NOT_LOGIC_LINE.test(code)) continue
    if (++count >= cap) break
  }
  return count
}

/** Where a test would go by the usual convention for the language, quoted for a message. */
function testPathFor(path: string, language: Language): string {
  const slash = path.lastIndexOf('/')
  const dir = path.slice(0, slash + 1)
  const name = path.slice(slash + 1)
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  const ext = dot > 0 ? name.slice(dot) : ''
  switch (language) {
    case 'python':
      return `\`tests/test_${stem}.py\``
    case 'go':
      return `\`${dir}${stem}_test.go\``
    case 'ruby':
      return `\`spec/${stem}_spec.rb\``
    case 'java':
    case 'kotlin':
    case 'csharp':
    case 'swift':
      return `\`${stem}Test${ext}\``
    case 'rust':
      return `a \`#[cfg(test)] mod tests\` module in \`${path}\``
    default:
      return `\`${dir}${stem}.test${ext === '.vue' || ext === '.svelte' ? '.ts' : ext}\``
  }
}

export const noTests: ChangesetRule = {
  kind: 'changeset',
  meta: {
    id: 'changeset/no-tests',
    title: 'Source changes without test changes',
    severity: 'minor',
    category: 'testing',
    pack: 'changeset',
    tier: 'recommended',
    languages: SOURCE_LANGUAGES,
    description:
      'The change adds program logic but adds or updates no test, so nothing shows the new behaviour works or keeps it working. Documentation, configuration, CI, dependency and type-only changes are not counted; neither are tiny edits.',
    examples: {
      bad: 'export function applyDiscount(total: number, code: string): number {\n  if (code === "WELCOME10") return total * 0.9\n  if (code === "HALF") return total / 2\n  if (total > 100) return total - 5\n  return total\n}\n',
      good:
        'diff --git a/src/discount.ts b/src/discount.ts\nnew file mode 100644\n--- /dev/null\n+++ b/src/discount.ts\n@@ -0,0 +1,6 @@\n+export function applyDiscount(total: number, code: string): number {\n+  if (code === "WELCOME10") return total * 0.9\n+  if (code === "HALF") return total / 2\n+  if (total > 100) return total - 5\n+  return total\n+}\n' +
        'diff --git a/src/discount.test.ts b/src/discount.test.ts\nnew file mode 100644\n--- /dev/null\n+++ b/src/discount.test.ts\n@@ -0,0 +1,3 @@\n+it("applies WELCOME10", () => {\n+  expect(applyDiscount(100, "WELCOME10")).toBe(90)\n+})\n',
    },
  },
  check(files) {
    if (files.some(touchesTests)) return []
    const changed: FileUnderReview[] = []
    let total = 0
    for (const file of files) {
      if (file.skipped || file.binary || file.changeType === 'deleted' || !SOURCE.has(file.language) || NOT_LOGIC_PATH.test(file.path)) continue
      const logic = logicLines(file, MIN_TOTAL_LOGIC)
      if (logic < MIN_FILE_LOGIC) continue
      changed.push(file)
      total += logic
    }
    if (total < MIN_TOTAL_LOGIC) return []
    changed.sort((a, b) => b.additions - a.additions || (a.path < b.path ? -1 : 1))
    const named = changed.slice(0, 2).map((f) => `\`${f.path}\``)
    const rest = changed.length - named.length
    const list = rest > 0 ? `${named.join(', ')} and ${rest} more file${rest === 1 ? '' : 's'}` : named.join(' and ')
    const added = changed.reduce((n, f) => n + f.additions, 0)
    const top = changed[0]!
    return [
      {
        message: `${list} ${changed.length === 1 ? 'changes' : 'change'} program logic (${added} added line${added === 1 ? '' : 's'}), but no test was added or updated.`,
        suggestion: `Add tests for the new behaviour, e.g. ${testPathFor(top.path, top.language)}.`,
      },
    ]
  },
}
