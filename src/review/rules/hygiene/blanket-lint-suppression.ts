// Flags suppressions that silence every check instead of a named one: bare `eslint-disable`,
// `@ts-ignore`, `@ts-nocheck`, bare `# noqa` / `# type: ignore`, `pylint: disable=all`, bare `//nolint`.
// Known false positives: none; suppressions naming a rule or code are left alone.
// Strict only: a bare `# type: ignore` or `@ts-ignore` is routine in ordinary code (third-party
// stubs, dynamic attributes), so in the default profile it would be a nag nobody acts on.
import type { Language, LineRule } from '../../types'
import { scanCurrent } from '../../source'

interface Pattern {
  re: RegExp
  why: string
  fix: string
}

const JS: Pattern[] = [
  {
    re: /^\s*eslint-disable(?:-next-line|-line)?\s*(?:--.*)?$/,
    why: 'turns off every ESLint rule',
    fix: 'Name the rules being disabled, with a reason: `// eslint-disable-next-line no-console -- CLI output`.',
  },
]
const TS: Pattern[] = [
  ...JS,
  {
    re: /^\s*@ts-ignore\b/,
    why: 'hides every type error on the next line, including ones introduced later',
    fix: 'Use `// @ts-expect-error <reason>`, which fails once the error is gone, or fix the type.',
  },
  {
    re: /^\s*@ts-nocheck\b/,
    why: 'turns off type checking for the whole file',
    fix: 'Remove it and fix the errors, or suppress individual lines with `// @ts-expect-error <reason>`.',
  },
]
const PY: Pattern[] = [
  {
    re: /^\s*noqa\s*$|^\s*noqa\s+(?![:\s]*[A-Z]+\d)|^\s*flake8:\s*noqa\s*$/i,
    why: 'silences every lint on the line',
    fix: 'Name the codes: `# noqa: E501`.',
  },
  {
    re: /^\s*type:\s*ignore\s*(?:#.*)?$/,
    why: 'hides every type error on the line',
    fix: 'Name the error code: `# type: ignore[attr-defined]`.',
  },
  {
    re: /^\s*pylint:\s*disable\s*=\s*all\b/,
    why: 'turns off every pylint check',
    fix: 'Disable only the checks that are needed: `# pylint: disable=too-many-arguments`.',
  },
]
const GO: Pattern[] = [
  {
    re: /^nolint\s*$|^nolint\s+(?!:)/,
    why: 'silences every linter on the line',
    fix: 'Name the linter and a reason: `//nolint:errcheck // best-effort close`.',
  },
]

const BY_LANGUAGE: Partial<Record<Language, Pattern[]>> = { javascript: JS, typescript: TS, python: PY, go: GO }
const HINTS = /eslint-disable|@ts-|noqa|type:|pylint|nolint/

export const blanketLintSuppression: LineRule = {
  kind: 'line',
  meta: {
    id: 'hygiene/blanket-lint-suppression',
    title: 'Blanket lint or type-check suppression',
    severity: 'minor',
    category: 'maintainability',
    pack: 'hygiene',
    tier: 'strict',
    languages: ['typescript', 'javascript', 'python', 'go'],
    description:
      'A suppression that names no rule silences every check on the line (or file), including problems introduced later that nobody meant to hide. Name the rule or error code being suppressed and say why.',
    examples: {
      bad: '// @ts-ignore\nconst port: number = process.env.PORT\n',
      good: '// @ts-expect-error PORT is validated at startup\nconst port: number = process.env.PORT\n// eslint-disable-next-line no-console -- CLI output\nconsole.log(port)\n',
    },
  },
  trigger: ['eslint-disable', '@ts-', 'noqa', 'type:', 'pylint', 'nolint'],
  check(ctx) {
    const text = ctx.line.text
    if (!HINTS.test(text)) return
    const patterns = BY_LANGUAGE[ctx.file.language]
    if (!patterns) return
    const scanned = scanCurrent(ctx)
    if (!scanned?.comment) return
    // Block comments keep their leading `*`; `# noqa` may follow another comment (`# x  # noqa`).
    const parts = scanned.comment.split(/\s#\s?/).map((c) => c.replace(/^[\s*]+/, '').replace(/\*\/\s*$/, ''))
    // `from .x import y  # noqa` is the usual re-export idiom: the unused import is the point.
    const reexport = ctx.file.language === 'python' && /^\s*(?:from\s+\S+\s+)?import\b/.test(scanned.code)
    for (const part of parts) {
      for (const p of patterns) {
        if (!p.re.test(part) || (reexport && p === PY[0])) continue
        const shown = part.trim().split(/\s+--\s+|\s{2,}/)[0]!
        return {
          line: ctx.line.newLine,
          message: `\`${shown}\` ${p.why}.`,
          suggestion: p.fix,
        }
      }
    }
    return
  },
}
