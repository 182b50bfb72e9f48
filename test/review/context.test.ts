import { describe, it } from 'vitest'
import { createFileUnderReview, forEachAddedLine } from '../../src/review/context'
import { parseUnifiedDiff } from '../../src/review/diff'
import { forgetSourceModel } from '../../src/review/source/model'
import type { LineContext } from '../../src/review/types'
import { addedDiff } from './rule-tester'

function contexts(diff: string): LineContext[] {
  const [parsed] = parseUnifiedDiff(diff)
  const file = createFileUnderReview(parsed!, 'python', false)
  const out: LineContext[] = []
  forEachAddedLine(file, (ctx) => out.push(ctx))
  return out
}

const byText = (all: LineContext[], text: string) => all.find((c) => c.line.text.trim() === text)!

describe('LineContext', () => {
  const diff = [
    '--- a/app.py',
    '+++ b/app.py',
    '@@ -10,7 +10,9 @@ class Store:',
    '         self.items = []',
    ' ',
    '     def add(self, item):',
    '-        self.items.append(item)',
    '+        check(item)',
    '+        self.items.append(item)',
    '         return item',
    '+',
    '+TOP = 1',
    ' ',
  ].join('\n')
  const all = contexts(diff)

  it('gives new-side neighbours, skipping removed lines', ({ expect }) => {
    const ctx = byText(all, 'check(item)')
    expect(ctx.line.newLine).toBe(13)
    expect(ctx.before(2).map((l) => l.text.trim())).toEqual(['', 'def add(self, item):'])
    expect(ctx.after(2).map((l) => l.text.trim())).toEqual(['self.items.append(item)', 'return item'])
    expect(ctx.before(100)).toHaveLength(3)
    expect(ctx.after(0)).toEqual([])
  })

  it('visits only the added lines a filter keeps, in file order, with their real neighbours', ({ expect }) => {
    const [parsed] = parseUnifiedDiff(diff)
    const file = createFileUnderReview(parsed!, 'python', false)
    const seen: LineContext[] = []
    forEachAddedLine(file, (ctx) => seen.push(ctx), (line) => line !== 14)
    expect(seen.map((c) => c.line.newLine)).toEqual([13, 16, 17])
    expect(seen[0]!.after(1).map((l) => l.text.trim())).toEqual(['self.items.append(item)'])
  })

  it('hands every walk of a file the same context per line, until the file\'s source model is let go', ({ expect }) => {
    const [parsed] = parseUnifiedDiff(diff)
    const file = createFileUnderReview(parsed!, 'python', false)
    const first: LineContext[] = []
    const second: LineContext[] = []
    forEachAddedLine(file, (ctx) => first.push(ctx), (line) => line !== 13)
    forEachAddedLine(file, (ctx) => second.push(ctx))
    expect(second.map((c) => c.line.newLine)).toEqual([13, 14, 16, 17])
    expect(second.slice(1)).toEqual(first)
    for (let i = 1; i < second.length; i++) expect(second[i]).toBe(first[i - 1])
    expect(second[0]!.index).toBe(4)
    forgetSourceModel(file)
    const third: LineContext[] = []
    forEachAddedLine(file, (ctx) => third.push(ctx))
    expect(third[0]).not.toBe(second[0])
    expect(third.map((c) => c.line.newLine)).toEqual([13, 14, 16, 17])
  })

  it('finds the enclosing function above, and not for top-level lines', ({ expect }) => {
    expect(byText(all, 'check(item)').enclosingFunction()).toBe('def add(self, item):')
    expect(byText(all, 'TOP = 1').enclosingFunction()).toBeUndefined()
  })

  it('falls back to the hunk section inside an indented block', ({ expect }) => {
    const [ctx] = contexts('--- a/app.py\n+++ b/app.py\n@@ -5,2 +5,3 @@ def run(job):\n     start(job)\n+    audit(job)\n     stop(job)\n')
    expect(ctx!.enclosingFunction()).toBe('def run(job):')
  })

  it('recognises common signatures', ({ expect }) => {
    const cases: Array<[code: string, body: string, signature: string]> = [
      ['function handle(req) {\n  const x = req.body\n}', 'const x = req.body', 'function handle(req) {'],
      ['export const load = async (id: string) => {\n  return db.get(id)\n}', 'return db.get(id)', 'export const load = async (id: string) => {'],
      ['func (s *Server) Start() error {\n\treturn s.listen()\n}', 'return s.listen()', 'func (s *Server) Start() error {'],
      ['public List<User> findAll(int page) {\n    return repo.all(page);\n}', 'return repo.all(page);', 'public List<User> findAll(int page) {'],
      ['class A {\n  async save(user: User): Promise<void> {\n    await this.db.put(user)\n  }\n}', 'await this.db.put(user)', 'async save(user: User): Promise<void> {'],
      ['fn main() {\n    run();\n}', 'run();', 'fn main() {'],
      ['def self.call(x)\n  x + 1\nend', 'x + 1', 'def self.call(x)'],
    ]
    for (const [code, body, signature] of cases) {
      expect(byText(contexts(addedDiff('x', code)), body).enclosingFunction(), code).toBe(signature)
    }
  })

  it('does not take calls and control flow for functions', ({ expect }) => {
    const code = 'if (ready) {\n  describe("x", () => {\n    go()\n  })\n}'
    expect(contexts(addedDiff('x', code)).find((c) => c.line.text.includes('go()'))!.enclosingFunction()).toBeUndefined()
  })

  it('scopes by indentation: a dedent ends the function', ({ expect }) => {
    const code = 'def first():\n    a = 1\nvalue = compute(\n    2,\n)'
    expect(contexts(addedDiff('x', code)).find((c) => c.line.text === '    2,')!.enclosingFunction()).toBeUndefined()
  })
})
