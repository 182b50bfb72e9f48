/**
 * Credentials written as made-up data rather than configuration: request examples in API schemas
 * (pydantic's `json_schema_extra={"examples": [...]}`, OpenAPI `examples`, `loginRequestExample`),
 * mock and fake records, fixtures. What marks them is a name: the value's own (`test_password`,
 * `example_token`) or the name of a bracket that encloses it, on the same line or a few lines up.
 * Such values are judged like test data: only a generated-looking production credential counts.
 */
import type { LineContext } from '../../types'
import { identifierWords } from '../../source'

const SAMPLE_WORDS = new Set(['example', 'examples', 'sample', 'samples', 'mock', 'mocks', 'mocked', 'fake', 'fakes', 'dummy', 'stub', 'stubs', 'fixture', 'fixtures', 'test'])

/** How many lines above the value an enclosing bracket is looked for: a schema example or mock record is short. */
const LOOK_BACK = 12

/** The name that owns an opening bracket: `loginExample = {`, `"examples": [`, `mock_user(`, `examples={`. */
const OWNER = /([A-Za-z_$][\w$]*)["']?\s*(?:[:=]\s*)?$/

function sampleName(name: string): boolean {
  return identifierWords(name).some((w) => SAMPLE_WORDS.has(w))
}

interface Brackets {
  /** Offsets of openers not closed later on the line, in order. */
  open: number[]
  /** Closers whose opener is on an earlier line. */
  closed: number
}

/** Brackets left open or closed by one line, skipping string literals and a trailing comment. */
function brackets(text: string, end: number, python: boolean): Brackets {
  const open: number[] = []
  let closed = 0
  for (let i = 0; i < end; i++) {
    const c = text[i]!
    if (c === '"' || c === "'" || c === '`') {
      let k = i + 1
      while (k < end && text[k] !== c) k += text[k] === '\\' ? 2 : 1
      i = k
    } else if ((python && c === '#') || (!python && c === '/' && text[i + 1] === '/')) {
      break
    } else if (c === '{' || c === '[' || c === '(') {
      open.push(i)
    } else if (c === '}' || c === ']' || c === ')') {
      if (open.length > 0) open.pop()
      else closed++
    }
  }
  return { open, closed }
}

/** Whether any of the line's unclosed openers, innermost first, belongs to a sample-data name; `pending` closers match first. */
function ownedBySample(text: string, b: Brackets, pending: { n: number }): boolean {
  for (let j = b.open.length - 1; j >= 0; j--) {
    if (pending.n > 0) {
      pending.n--
      continue
    }
    const owner = OWNER.exec(text.slice(0, b.open[j]))?.[1]
    if (owner !== undefined && sampleName(owner)) return true
  }
  pending.n += b.closed
  return false
}

/**
 * Collections named for what they hold when that is not a credential: message and template ids,
 * error codes, hashes and checksums, routes, events, feature flags, CSS classes, translation keys
 * (`TEMPLATES = { RESET_PASSWORD: 'd-…' }`, `LEGACY_CODES = { wrongPassword: 'E403-002' }`,
 * `OPERATION_HASHES = { CreateAccessToken: '9b86…' }`, `i18nKeys = { apiToken: '…' }`). Their keys
 * say which thing a value belongs to; a table of credentials is named for them (`KEYS`, `secrets`, `env`).
 */
const TABLE_WORDS = new Set([
  'ids', 'codes', 'errors', 'messages', 'templates', 'hashes', 'checksums', 'digests', 'labels', 'routes', 'events',
  'topics', 'queues', 'tasks', 'flags', 'features', 'selectors', 'translations', 'strings', 'i18n', 'l10n', 'classes',
  'classnames', 'testids', 'operations', 'queries',
])

/** The name that owns the innermost bracket still open at offset `at` of the line (on it, or a few lines up). */
function innermostOwner(ctx: LineContext, at: number): string | undefined {
  const python = ctx.file.language === 'python'
  const text = ctx.line.text
  const here = brackets(text, at, python)
  const innermost = here.open.at(-1)
  if (innermost !== undefined) return OWNER.exec(text.slice(0, innermost))?.[1]
  let pending = here.closed
  const above = ctx.before(LOOK_BACK)
  for (let i = above.length - 1; i >= 0; i--) {
    const line = above[i]!.text
    const b = brackets(line, line.length, python)
    if (b.open.length > pending) return OWNER.exec(line.slice(0, b.open[b.open.length - 1 - pending]))?.[1]
    pending += b.closed - b.open.length
  }
  return undefined
}

/** Whether the value at offset `at` is an entry of a table named for ids, codes, hashes or the like. */
export function inNamedTable(ctx: LineContext, at: number): boolean {
  const owner = innermostOwner(ctx, at)
  return owner !== undefined && identifierWords(owner).some((w) => TABLE_WORDS.has(w))
}

/** Whether the value named `name`, written at offset `at` of the line, is sample data by its own name or an enclosing one. */
export function inSampleData(ctx: LineContext, name: string, at: number): boolean {
  if (sampleName(name)) return true
  const python = ctx.file.language === 'python'
  const text = ctx.line.text
  const pending = { n: 0 }
  if (ownedBySample(text, brackets(text, at, python), pending)) return true
  const above = ctx.before(LOOK_BACK)
  for (let i = above.length - 1; i >= 0; i--) {
    const line = above[i]!.text
    if (ownedBySample(line, brackets(line, line.length, python), pending)) return true
  }
  return false
}
