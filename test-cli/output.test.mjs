import { describe, expect, it } from 'vitest'
import { classifyRevision } from '../src/cli/commands/review.mjs'
import { EXIT } from '../src/cli/errors.mjs'
import { outcomeOf } from '../src/cli/follow.mjs'
import { countBySeverity, exitCodeFor, formatFindings, formatSummary } from '../src/cli/format.mjs'
import { createProgress } from '../src/cli/progress.mjs'
import { parseFrame, readSse } from '../src/cli/sse.mjs'
import { createStyle, isInteractive, wantsColor } from '../src/cli/style.mjs'

const plain = createStyle(false)
const color = createStyle(true)

let seq = 0
const finding = (over) => ({
  id: `f-${++seq}`,
  rule_id: 'secrets/aws-access-key',
  severity: 'critical',
  file_path: 'src/storage.py',
  line: 3,
  message: 'AWS access key id is committed',
  suggestion: null,
  status: 'open',
  status_reason: null,
  first_revision: 1,
  last_revision: 1,
  ...over,
})

describe('formatFindings', () => {
  it('prints path:line  severity  rule-id  message, grouped by file, suggestions indented', () => {
    const text = formatFindings(
      [
        finding({ file_path: 'src/b.py', line: 10, severity: 'minor', rule_id: 'python/broad-except', message: 'Broad except', suggestion: 'Catch what you expect\nand log it' }),
        finding({ file_path: 'src/a.py', line: 12, severity: 'major', rule_id: 'python/sql-injection', message: 'SQL built from input' }),
        finding({ file_path: 'src/a.py', line: 3 }),
        finding({ file_path: null, line: null, severity: 'info', rule_id: 'changeset/no-tests', message: 'No tests' }),
        finding({ file_path: 'src/b.py', line: null, severity: 'info', rule_id: 'hygiene/large-file', message: 'Large file' }),
      ],
      { style: plain },
    )
    expect(text).toBe(
      [
        '(changeset)  info      changeset/no-tests  No tests',
        '',
        'src/a.py:3   critical  secrets/aws-access-key  AWS access key id is committed',
        'src/a.py:12  major     python/sql-injection    SQL built from input',
        '',
        'src/b.py     info      hygiene/large-file   Large file',
        'src/b.py:10  minor     python/broad-except  Broad except',
        '    suggestion: Catch what you expect',
        '    and log it',
        '',
      ].join('\n'),
    )
  })

  it('adds ids and triage status when asked', () => {
    const text = formatFindings([finding({ id: 'abc', status: 'dismissed', status_reason: 'test fixture' })], { style: plain, showIds: true, showStatus: true })
    expect(text).toBe('src/storage.py:3  critical  secrets/aws-access-key  AWS access key id is committed (dismissed: test fixture)\n    id: abc\n')
  })

  it('uses colour codes only when styling is on', () => {
    const items = [finding({ suggestion: 'Rotate it' })]
    expect(formatFindings(items, { style: plain })).not.toMatch(/\x1b/)
    expect(formatFindings(items, { style: color })).toMatch(/\x1b\[31m/)
    expect(formatSummary(items, { verdict: 'changes_requested', failOn: 'major', style: plain })).not.toMatch(/\x1b/)
  })

  it('prints nothing for no findings', () => {
    expect(formatFindings([], { style: plain })).toBe('')
  })
})

describe('formatSummary', () => {
  it('counts open findings by severity and file, with triage counts, the verdict and why it fails', () => {
    const items = [
      finding({}),
      finding({ severity: 'major', file_path: 'b.py' }),
      finding({ severity: 'minor' }),
      finding({ status: 'dismissed' }),
      finding({ status: 'resolved' }),
      finding({ status: 'resolved' }),
    ]
    expect(formatSummary(items, { verdict: 'changes_requested', failOn: 'major', style: plain })).toBe(
      '✖ 3 open findings (1 critical, 1 major, 1 minor) in 2 files; 1 dismissed, 2 resolved.\n' +
        'Verdict: changes requested\n' +
        'Failing: 2 open findings at major or above (--fail-on major).\n',
    )
  })

  it('says when nothing is open, and does not fail with --fail-on none', () => {
    expect(formatSummary([finding({ status: 'dismissed' })], { verdict: 'approved', failOn: 'major', style: plain })).toBe(
      '✔ No open findings; 1 dismissed.\nVerdict: approved\n',
    )
    expect(formatSummary([finding({})], { verdict: 'changes_requested', failOn: 'none', style: plain })).not.toMatch(/Failing/)
  })
})

describe('exit codes', () => {
  const open = (...severities) => countBySeverity(severities.map((severity) => finding({ severity })))
  it.each([
    [[], 'major', EXIT.OK],
    [['minor', 'info'], 'major', EXIT.OK],
    [['major'], 'major', EXIT.FINDINGS],
    [['critical'], 'major', EXIT.FINDINGS],
    [['major'], 'critical', EXIT.OK],
    [['info'], 'info', EXIT.FINDINGS],
    [['critical', 'major'], 'none', EXIT.OK],
  ])('open %j with --fail-on %s → %i', (severities, failOn, code) => {
    expect(exitCodeFor(open(...severities), failOn)).toBe(code)
  })

  it('keeps the documented numbers', () => {
    expect(EXIT).toEqual({ OK: 0, FINDINGS: 1, USAGE: 2, REVIEW_FAILED: 3, UNREACHABLE: 4 })
  })
})

describe('classifyRevision', () => {
  it('splits findings into new, resolved by this revision and still open', () => {
    const items = [
      finding({ id: 'new', first_revision: 3, last_revision: 3 }),
      finding({ id: 'old-open', first_revision: 1, last_revision: 3 }),
      finding({ id: 'fixed-now', status: 'resolved', first_revision: 1, last_revision: 2 }),
      finding({ id: 'fixed-before', status: 'resolved', first_revision: 1, last_revision: 1 }),
      finding({ id: 'dismissed', status: 'dismissed', first_revision: 1, last_revision: 3 }),
    ]
    const ids = (list) => list.map((f) => f.id)
    const { added, resolved, stillOpen } = classifyRevision(items, 3)
    expect([ids(added), ids(resolved), ids(stillOpen)]).toEqual([['new'], ['fixed-now'], ['old-open']])
  })
})

/** A writable that records what was written, optionally pretending to be a terminal. */
function captureStream(isTTY = false) {
  const chunks = []
  return { isTTY, columns: 100, write: (s) => (chunks.push(s), true), text: () => chunks.join('') }
}

describe('progress', () => {
  // [milliseconds since start, event]
  const timeline = [
    [0, { type: 'snapshot', seq: 0, status: 'pending', revision: 1 }],
    [300, { type: 'status', seq: 1, status: 'in_progress', revision: 1 }],
    [400, { type: 'progress', seq: 2, phase: 'rules', files_done: 0, files_total: 4, revision: 1 }],
    [600, { type: 'progress', seq: 3, phase: 'rules', files_done: 2, files_total: 4, revision: 1 }],
    [700, { type: 'warning', seq: 4, message: 'AI reviewer unavailable', revision: 1 }],
    [900, { type: 'progress', seq: 5, phase: 'rules', files_done: 4, files_total: 4, revision: 1 }],
    [1000, { type: 'status', seq: 6, status: 'reviewed', revision: 1 }],
  ]

  it('prints plain lines on changes only, without control codes, when not on a terminal', () => {
    let t = 0
    const stream = captureStream(false)
    const progress = createProgress({ stream, interactive: false, style: plain, label: 'Reviewing cs', revision: 1, now: () => t })
    for (const [at, e] of timeline) {
      t = at
      progress.event(e)
    }
    progress.stop('reviewed')
    expect(stream.text()).toBe(
      [
        'Reviewing cs: queued (0.0 s)',
        'Reviewing cs: reviewing (0.3 s)',
        'warning AI reviewer unavailable',
        'Reviewing cs: 4/4 files (0.9 s)',
        'Reviewing cs: reviewed, 4 files in 1.0 s',
        '',
      ].join('\n'),
    )
  })

  it('names the submitted file count when the review ended before the stream could report progress', () => {
    let t = 0
    const stream = captureStream(false)
    const progress = createProgress({ stream, interactive: false, style: plain, label: 'R', revision: 1, files: 1, now: () => t })
    t = 200
    progress.event({ type: 'snapshot', status: 'reviewed', revision: 1, progress: null })
    progress.stop('reviewed')
    const failed = captureStream(false)
    createProgress({ stream: failed, interactive: false, style: plain, label: 'R', revision: 1, files: 3, now: () => t }).stop('failed')
    expect(stream.text() + failed.text()).toBe('R: queued (0.0 s)\nR: reviewed, 1 file in 0.2 s\nR: queued (0.0 s)\nR: failed in 0.0 s\n')
  })

  it('reports progress at least every 5 s on a long plain run', () => {
    let t = 0
    const stream = captureStream(false)
    const progress = createProgress({ stream, interactive: false, style: plain, label: 'R', revision: 1, now: () => t })
    for (const [at, done] of [[1000, 1], [4000, 2], [6000, 3], [8000, 4], [12000, 5]]) {
      t = at
      progress.event({ type: 'progress', phase: 'rules', files_done: done, files_total: 9, revision: 1 })
    }
    expect(stream.text()).toBe('R: queued (0.0 s)\nR: 3/9 files (6.0 s)\nR: 5/9 files (12.0 s)\n')
  })

  it('redraws one line with a bar and elapsed time on a terminal', () => {
    let t = 0
    const stream = captureStream(true)
    const progress = createProgress({ stream, interactive: true, style: color, label: 'Reviewing cs', revision: 2, now: () => t })
    t = 1000
    progress.event({ type: 'status', status: 'reviewed', revision: 1 }) // an earlier revision's end is not ours
    progress.event({ type: 'status', status: 'in_progress', revision: 2 })
    t = 2500
    progress.event({ type: 'progress', phase: 'rules', files_done: 2, files_total: 4, revision: 2 })
    t = 5000
    progress.stop('reviewed')
    const text = stream.text()
    expect(text).toContain('\r\x1b[2K')
    expect(text).toContain('Reviewing cs · reviewing · [████████░░░░░░░░] 2/4 files · \x1b[2m2.5 s\x1b[22m')
    expect(text).not.toMatch(/· reviewed ·/)
    expect(text.endsWith('\r\x1b[2K\x1b[32m✔\x1b[39m Reviewing cs: reviewed, 4 files in 5.0 s\n')).toBe(true)
  })
})

describe('when to colour and redraw', () => {
  it.each([
    [{ isTTY: true }, {}, true, true],
    [{ isTTY: true }, { NO_COLOR: '1' }, false, true],
    [{ isTTY: true }, { TERM: 'dumb' }, false, false],
    [{ isTTY: true }, { CI: 'true' }, true, false],
    [{ isTTY: false }, {}, false, false],
  ])('%j with %j: colour %s, live %s', (stream, env, colour, live) => {
    expect(wantsColor(stream, env)).toBe(colour)
    expect(isInteractive(stream, env)).toBe(live)
  })
})

describe('outcomeOf', () => {
  it.each([
    [{ type: 'status', status: 'reviewed', revision: 2 }, 2, { status: 'reviewed', revision: 2, error: null }],
    [{ type: 'snapshot', status: 'failed', revision: 1, error: 'boom' }, 1, { status: 'failed', revision: 1, error: 'boom' }],
    [{ type: 'status', status: 'reviewed', revision: 1 }, 2, null],
    [{ type: 'status', status: 'in_progress', revision: 2 }, 2, null],
    [{ type: 'findings', revision: 2 }, 2, null],
  ])('%j for revision %i', (event, revision, expected) => {
    expect(outcomeOf(event, revision)).toEqual(expected)
  })
})

describe('readSse', () => {
  async function* chunks(...parts) {
    for (const part of parts) yield new TextEncoder().encode(part)
  }
  const collect = async (iterable) => {
    const out = []
    for await (const m of iterable) out.push(m)
    return out
  }

  it('reassembles frames split across chunks, skips comments and joins data lines', async () => {
    const messages = await collect(
      readSse(chunks(': connected\nretry: 2000\n\nid: 1\nevent: sta', 'tus\ndata: {"a":1}\n\n', 'data: one\ndata: two\r\n\r\n: keep-alive\n\n', 'id: 3\nevent: x\ndata:last')),
    )
    expect(messages).toEqual([
      { id: '1', event: 'status', data: '{"a":1}' },
      { id: undefined, event: 'message', data: 'one\ntwo' },
      { id: '3', event: 'x', data: 'last' },
    ])
  })

  it('keeps multi-byte characters split between chunks', async () => {
    const bytes = new TextEncoder().encode('data: ✔\n\n')
    async function* split() {
      yield bytes.slice(0, 7)
      yield bytes.slice(7)
    }
    expect(await collect(readSse(split()))).toEqual([{ id: undefined, event: 'message', data: '✔' }])
  })

  it('ignores frames without data', () => {
    expect(parseFrame('event: ping')).toBeNull()
  })
})
