/**
 * Reading the labelled quality corpus (format: test/corpus/README.md). A case is a source file
 * whose trailing comments label lines (`# expect: sql-injection`, `// ok: xss`), optionally with
 * a `<name>.before.<ext>` sibling that makes it a modification instead of a new file. Labels and
 * the header are stripped here, so no rule ever sees them.
 */
import { detectLanguage } from '../src/review/language'
import type { Language } from '../src/review/types'
import { isKind } from './quality-kinds'
import { statementSpans } from './quality-span'

export const CORPUS_LANGUAGES = ['python', 'javascript', 'typescript'] as const
export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number]

export interface Label {
  /**
   * `expect`: a positive. `ok`: a look-alike. `also`: another line of a positive's flaw (the
   * unchanged sink an added line feeds, the `update()` of a split hash); a finding of the kind
   * there counts for the nearest positive of that kind instead of as noise.
   */
  polarity: 'expect' | 'ok' | 'also'
  kind: string
  /** 1-based line of the reviewed file (header removed). */
  line: number
  /** The statement the label stands for: findings anywhere in [startLine, endLine] count. */
  startLine: number
  endLine: number
}

export interface CorpusCase {
  /** Corpus-relative path of the labelled file: `python/sql-injection/report_export.py`. */
  id: string
  language: CorpusLanguage
  /** Category folder, for grouping only. */
  category: string
  /** The path the file is reviewed under (the header's `path=`, else a neutral default). */
  path: string
  /** File lines as reviewed: labels and header stripped. */
  after: string[]
  /** Present for modified files. */
  before?: string[]
  labels: Label[]
  /** Corpus-file line = reviewed line + offset (1 when a header line was removed). */
  offset: number
  /**
   * The header's `changeset=<name>`: the cases of one category folder that share it are reviewed
   * together, as files of one pull request, so data can cross from one to another.
   */
  changeset?: string
}

export interface CorpusProblem {
  id: string
  line?: number
  message: string
}

const HEADER = /^\s*(?:#|\/\/)\s*corpus:\s*(.*)$/
const KIND_LIST = String.raw`([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)`
const CLAUSES = String.raw`((?:expect|ok|also):\s*[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*(?:\s*;\s*(?:expect|ok|also):\s*[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)*)`
const PY_LABEL = new RegExp(String.raw`\s*#\s*${CLAUSES}\s*$`)
const JS_LABELS = [
  new RegExp(String.raw`\s*\/\/\s*${CLAUSES}\s*$`),
  new RegExp(String.raw`\s*\{\s*\/\*\s*${CLAUSES}\s*\*\/\s*\}\s*$`),
  new RegExp(String.raw`\s*\/\*\s*${CLAUSES}\s*\*\/\s*$`),
]
const CLAUSE = new RegExp(String.raw`(expect|ok|also):\s*${KIND_LIST}`, 'g')
/** Anything that looks like a label but did not parse as a trailing one. */
const STRAY_LABEL = /(?:#|\/\/|\/\*)\s*(?:expect|ok|also)\s*:/

const EXTENSIONS: Record<CorpusLanguage, readonly string[]> = {
  python: ['py'],
  javascript: ['js', 'jsx', 'mjs', 'cjs'],
  typescript: ['ts', 'tsx', 'mts', 'cts'],
}

const DEFAULT_DIR: Record<CorpusLanguage, string> = { python: 'app', javascript: 'src', typescript: 'src' }

function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** `report_export.before.py` → `report_export.py`; undefined when `id` is not a before file. */
export function afterIdOf(id: string): string | undefined {
  const m = /^(.*)\.before(\.[^./]+)$/.exec(id)
  return m ? `${m[1]}${m[2]}` : undefined
}

function stripLabel(language: CorpusLanguage, text: string): { code: string; clauses?: string } {
  const patterns = language === 'python' ? [PY_LABEL] : JS_LABELS
  for (const re of patterns) {
    const m = re.exec(text)
    if (m) return { code: text.slice(0, m.index).replace(/\s+$/, ''), clauses: m[1] }
  }
  return { code: text }
}

function parseHeader(line: string | undefined): Record<string, string> | undefined {
  const m = line === undefined ? null : HEADER.exec(line)
  if (!m) return undefined
  const fields: Record<string, string> = {}
  for (const part of m[1]!.trim().split(/\s+/)) {
    const eq = part.indexOf('=')
    if (eq > 0) fields[part.slice(0, eq)] = part.slice(eq + 1)
    else fields[part] = ''
  }
  return fields
}

/**
 * Parses one case. `beforeText` is the `.before.` sibling's text, if any. Problems are reported
 * rather than thrown so one broken case does not hide the others.
 */
export function parseCase(id: string, text: string, beforeText: string | undefined, problems: CorpusProblem[]): CorpusCase | undefined {
  const segments = id.split('/')
  const language = segments[0] as CorpusLanguage
  const report = (message: string, line?: number) => problems.push({ id, message, ...(line === undefined ? {} : { line }) })
  if (!(CORPUS_LANGUAGES as readonly string[]).includes(language) || segments.length !== 3) {
    report('cases live at <python|javascript|typescript>/<category>/<file>')
    return undefined
  }
  const ext = id.slice(id.lastIndexOf('.') + 1)
  if (!EXTENSIONS[language].includes(ext)) {
    report(`.${ext} is not a ${language} extension`)
    return undefined
  }
  if (/\.test\.[^.]+$/.test(id)) report('name test-like cases *.spec.* or give them a path= header: vitest would run *.test.ts')

  const raw = splitLines(text)
  const header = parseHeader(raw[0])
  const offset = header ? 1 : 0
  const body = header ? raw.slice(1) : raw
  const path = header?.path ?? `${DEFAULT_DIR[language]}/${segments[2]}`
  for (const key of Object.keys(header ?? {})) if (key !== 'path' && key !== 'changeset') report(`unknown header field ${key}`, 1)
  const changeset = header?.changeset
  if (changeset !== undefined && !/^[\w-]+$/.test(changeset)) report('changeset= takes a name of letters, digits, `_` and `-`', 1)
  const detected: Language = detectLanguage(path)
  if (detected !== language) report(`path ${path} is ${detected}, not ${language}`, 1)

  const after: string[] = []
  const pending: Array<{ polarity: Label['polarity']; kind: string; line: number }> = []
  body.forEach((rawLine, i) => {
    const line = i + 1
    const { code, clauses } = stripLabel(language, rawLine)
    after.push(code)
    if (clauses === undefined) {
      if (STRAY_LABEL.test(rawLine)) report('label is not a trailing comment of the form `expect: kind` / `ok: kind`', line + offset)
      return
    }
    if (code.trim() === '') report('a label must trail code on the same line', line + offset)
    for (const m of clauses.matchAll(CLAUSE)) {
      for (const kind of m[2]!.split(',').map((k) => k.trim())) {
        if (!isKind(kind)) report(`unknown kind ${kind}`, line + offset)
        pending.push({ polarity: m[1] as Label['polarity'], kind, line })
      }
    }
  })

  const spans = statementSpans(after, language)
  const labels = pending.map((p) => {
    const span = spans[p.line - 1] ?? { start: p.line, end: p.line }
    return { ...p, startLine: span.start, endLine: span.end }
  })
  const before = beforeText === undefined ? undefined : splitLines(beforeText)
  if (before) {
    if (parseHeader(before[0])) report('the header belongs in the after file only')
    before.forEach((l, i) => {
      if (STRAY_LABEL.test(l)) report('labels belong in the after file only', i + 1)
    })
  }
  const category = segments[1]!
  return { id, language, category, path, after, ...(before ? { before } : {}), labels, offset, ...(changeset ? { changeset } : {}) }
}

/**
 * Pairs before/after files and parses every case. `files` maps corpus-relative paths to text;
 * anything that is not under a language folder (README, helpers) is ignored.
 */
export function loadCorpus(files: Readonly<Record<string, string>>): { cases: CorpusCase[]; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = []
  const cases: CorpusCase[] = []
  const ids = Object.keys(files)
    .filter((id) => (CORPUS_LANGUAGES as readonly string[]).includes(id.split('/')[0]!))
    .sort()
  for (const id of ids) {
    const afterId = afterIdOf(id)
    if (afterId !== undefined) {
      if (!(afterId in files)) problems.push({ id, message: `before file without ${afterId}` })
      continue
    }
    const beforeId = id.replace(/(\.[^./]+)$/, '.before$1')
    const parsed = parseCase(id, files[id]!, files[beforeId], problems)
    if (parsed) cases.push(parsed)
  }
  return { cases, problems }
}
