/**
 * Guards the labelled quality corpus (test/corpus/) and the engine's scores on it. The corpus must
 * parse and its diffs must read back exactly as the engine's own parser sees them; the scores
 * must not fall below the floors, which are the figures measured when they were last raised
 * minus a small margin. Raise the floors when the engine improves (`npm run bench:quality`).
 */
import { beforeAll, describe, it } from 'vitest'
import { loadCorpus, type CorpusCase } from '../../bench/quality-case'
import { buildDiff } from '../../bench/quality-diff'
import { KINDS } from '../../bench/quality-kinds'
import { noisePer1k, precision, recall, scoreCorpus } from '../../bench/quality-score'
import { statementSpans } from '../../bench/quality-span'
import { parseUnifiedDiff } from '../../src/review/diff'
import { loadSyntaxRuntime } from '../../src/review/syntax/runtime'

const raw = import.meta.glob<string>('../corpus/**/*.{py,js,jsx,mjs,cjs,ts,tsx,mts,cts}', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const files = Object.fromEntries(Object.entries(raw).map(([key, text]) => [key.replace('../corpus/', ''), text]))
const { cases, problems } = loadCorpus(files)

/**
 * Default profile, parsers loaded. Measured with `npm run bench:quality` on 1,527 positives /
 * 1,425 look-alikes / 22,859 unlabelled lines: recall 0.981, precision 0.999, noise 0.48 per 1,000.
 * Floors are those figures minus 0.03 (noise: plus 0.4).
 */
const FLOOR = { recall: 0.955, precision: 0.975, maxNoisePer1k: 0.6 }
/** The minimum corpus size, per polarity, across the three languages. */
const MIN_LABELS = 300

function count(list: readonly CorpusCase[], polarity: 'expect' | 'ok'): number {
  return list.reduce((n, c) => n + c.labels.filter((l) => l.polarity === polarity).length, 0)
}

describe('quality corpus', () => {
  it('parses: every case well-formed, every label a known kind', ({ expect }) => {
    expect(problems).toEqual([])
    expect(cases.length).toBeGreaterThan(100)
    for (const c of cases) for (const label of c.labels) expect(KINDS.has(label.kind), `${c.id}: ${label.kind}`).toBe(true)
  })

  it('is big enough, in every language, with new and modified files', ({ expect }) => {
    expect(count(cases, 'expect')).toBeGreaterThanOrEqual(MIN_LABELS)
    expect(count(cases, 'ok')).toBeGreaterThanOrEqual(MIN_LABELS)
    for (const language of ['python', 'javascript', 'typescript'] as const) {
      const mine = cases.filter((c) => c.language === language)
      expect(count(mine, 'expect'), language).toBeGreaterThanOrEqual(80)
      expect(count(mine, 'ok'), language).toBeGreaterThanOrEqual(80)
      expect(mine.filter((c) => c.before).length, language).toBeGreaterThanOrEqual(5)
    }
  })

  it('builds diffs the engine parses back line for line, with every label on an added line', ({ expect }) => {
    for (const c of cases) {
      const diff = buildDiff(c.path, c.after, c.before)
      const [parsed, ...extra] = parseUnifiedDiff(diff.text)
      expect(extra, c.id).toEqual([])
      expect(parsed!.problems, c.id).toEqual([])
      expect(parsed!.changeType, c.id).toBe(c.before ? 'modified' : 'added')
      const added = new Set<number>()
      for (const hunk of parsed!.hunks) {
        for (const line of hunk.lines) {
          if (line.newLine !== undefined) expect(line.text, `${c.id}:${line.newLine}`).toBe(c.after[line.newLine - 1])
          if (line.kind === 'add') added.add(line.newLine!)
        }
      }
      expect([...added].sort((a, b) => a - b), c.id).toEqual([...diff.added].sort((a, b) => a - b))
      for (const label of c.labels) {
        if (label.polarity !== 'also') expect(added.has(label.line), `${c.id}:${label.line + c.offset} ${label.kind}`).toBe(true)
      }
    }
  })

  it('strips labels and headers before review', ({ expect }) => {
    const leftover = /(?:#|\/\/|\/\*)\s*(?:expect|ok|also):|corpus:\s*path=/
    expect(cases.filter((c) => c.after.some((line) => leftover.test(line))).map((c) => c.id)).toEqual([])
  })

  it('spans a label over its statement: brackets, continued strings, chains, not a whole block', ({ expect }) => {
    const js = ['const { rows } = await pool.query(', '  `SELECT 1', '   FROM t`,', ');', 'app.get("/x", (req, res) => {', '  res.send(x)', '});', 'q.where(a)', '  .limit(1)']
    const spans = statementSpans(js, 'javascript')
    expect(spans[0]).toEqual({ start: 1, end: 4 })
    expect(spans[2]).toEqual({ start: 1, end: 4 }) // on the closing line of a template literal
    expect(spans[5]).toEqual({ start: 6, end: 6 })
    expect(spans[7]).toEqual({ start: 8, end: 9 })
    const py = ['cur.execute(', '    """SELECT *', '    FROM t WHERE a = %s""" % a', ')', 'x = 1  # (not a bracket']
    const pySpans = statementSpans(py, 'python')
    expect(pySpans[0]).toEqual({ start: 1, end: 4 })
    expect(pySpans[4]).toEqual({ start: 5, end: 5 })
  })
})

describe('engine scores on the quality corpus (default profile)', () => {
  let report: ReturnType<typeof scoreCorpus>
  beforeAll(async () => {
    // Syntax rules need the parsers, as in production (src/queue/analyze.ts).
    await loadSyntaxRuntime()
    report = scoreCorpus(cases, { profile: 'default' })
  }, 300_000) // scoring the whole corpus takes about 20 s of CPU, and several times that on a machine other jobs share

  it('counts a hit only for a finding of the label’s kind', ({ expect }) => {
    for (const f of report.findings.filter((x) => x.outcome === 'hit')) {
      const label = report.labels.find((l) => l.caseId === f.caseId && l.hit && l.label.polarity === 'expect')
      expect(label, `${f.caseId}:${f.corpusLine}`).toBeDefined()
    }
    expect(report.overall.hits).toBeLessThanOrEqual(report.overall.positives)
  })

  it('reviews the cases that name one changeset together, and scores each file on its own findings', ({ expect }) => {
    const corpus = loadCorpus({
      'python/x/views.py': '# corpus: path=app/views.py changeset=one\nfrom app.svc import run\nrun(request.args["q"])\n',
      'python/x/svc.py': '# corpus: path=app/svc.py changeset=one\ndef run(q):\n    os.system(q)  # expect: command-injection\n',
      'python/x/alone.py': 'x = 1\n',
    })
    expect(corpus.problems).toEqual([])
    const calls: string[][] = []
    const scored = scoreCorpus(corpus.cases, {
      review: (inputs) => {
        calls.push(inputs.map((i) => i.path))
        const svc = inputs.some((i) => i.path === 'app/svc.py')
        return { findings: svc ? [{ ruleId: 'python/shell-injection', severity: 'critical' as const, category: 'security' as const, filePath: 'app/svc.py', line: 2, endLine: null, message: '', suggestion: null, fingerprint: '', source: 'rule' as const }] : [] }
      },
    })
    expect(calls).toEqual([['app/alone.py'], ['app/svc.py', 'app/views.py']])
    expect(scored.overall).toMatchObject({ positives: 1, hits: 1, noise: 0 })
    expect(loadCorpus({ 'python/x/a.py': '# corpus: changeset=o/ne\nx = 1\n' }).problems.map((p) => p.message)).toEqual(['changeset= takes a name of letters, digits, `_` and `-`'])
  })

  it('does not fall below the recall and precision floors, nor above the noise ceiling', ({ expect }) => {
    const figures = { recall: recall(report.overall), precision: precision(report.overall), noise: noisePer1k(report.overall) }
    expect(figures.recall).toBeGreaterThanOrEqual(FLOOR.recall)
    expect(figures.precision).toBeGreaterThanOrEqual(FLOOR.precision)
    expect(figures.noise).toBeLessThanOrEqual(FLOOR.maxNoisePer1k)
  })
})
