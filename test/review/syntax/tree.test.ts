import { describe, it } from 'vitest'
import { Parser } from 'web-tree-sitter'
import { loadSyntaxRuntime, type GrammarName } from '../../../src/review/syntax/runtime'
import { buildTree, sameTree, type RawExports, type SNode } from '../../../src/review/syntax/tree'

function named(node: SNode, out: string[] = []): string[] {
  if (node.named) out.push(`${node.type}@${node.start}-${node.end}`)
  for (const c of node.children) named(c, out)
  return out
}

describe('plain-object trees', () => {
  it('the raw-cursor copy matches web-tree-sitter’s own walk (guards the internal calls on upgrades)', async ({ expect }) => {
    const runtime = await loadSyntaxRuntime()
    const code = 'import os\n\ndef f(request):\n    x = request.args.get("f")  # note\n    return open(os.path.join(B, x))\n'
    const parsed = runtime.parse('python', code)
    if (!parsed.ok) throw new Error(parsed.reason)
    const parser = new Parser()
    parser.setLanguage((runtime as unknown as { languages: { python: Parameters<Parser['setLanguage']>[0] } }).languages.python)
    const tree = parser.parse(code)!
    const expected: string[] = []
    const cursor = tree.walk()
    const visit = (): void => {
      const node = cursor.currentNode
      // Our copy keeps comments and strings as leaves; stop descending where it does.
      if (node.isNamed) expected.push(`${node.type}@${node.startIndex}-${node.endIndex}`)
      if (node.type !== 'comment' && node.type !== 'string_content' && cursor.gotoFirstChild()) {
        do visit()
        while (cursor.gotoNextSibling())
        cursor.gotoParent()
      }
    }
    visit()
    tree.delete()
    expect(named(parsed.tree.root)).toEqual(expected)
  })

  it('reports rows covered by parse errors', async ({ expect }) => {
    const runtime = await loadSyntaxRuntime()
    const parsed = runtime.parse('javascript', 'const a = 1\nconst = = = (\nconst b = 2\n')
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(parsed.tree.errorRows.has(1)).toBe(true)
    expect(parsed.tree.errorRows.has(0)).toBe(false)
  })

  it('the memory copy is the one in use for every grammar and matches the cursor copy node for node', async ({ expect }) => {
    const runtime = await loadSyntaxRuntime()
    const internals = runtime as unknown as { raw: RawExports; languages: Record<string, Parameters<Parser['setLanguage']>[0]> }
    const samples: Array<[GrammarName, string]> = [
      ['python', 'class A(B):\n    @property\n    def f(self, *a, **k):\n        return [x async for x in g() if x] or {**k}\n\ndef g():\n    yield from (1, 2)\nx = (\n'],
      ['javascript', 'export const f = async ({ a, b: [c] }) => { for await (const x of y) z += `${x}` }\nclass K { static #p; }\nfoo(<a href={u}>t</a>)\n'],
      ['typescript', 'export abstract class S<T extends object> { private m = new Map<string, T>(); abstract run(): Promise<void> }\nconst x = y as unknown as T[]; if (a) { b(\n'],
      ['tsx', 'export function C({ p }: Props) { return <div dangerouslySetInnerHTML={{ __html: p }} {...rest}>{p?.q}</div> }\n'],
    ]
    const parser = new Parser()
    for (const [grammar, text] of samples) {
      expect(runtime.copyMethod(grammar)).toBe('memory')
      const language = internals.languages[grammar]!
      parser.setLanguage(language)
      const tree = parser.parse(text)!
      // Stubbing every other top-level definition exercises the skip path of both copies alike.
      for (const skip of [undefined, (() => { let k = 0; return () => k++ % 2 === 0 })]) {
        const byCursor = buildTree(internals.raw, tree, language, text, { skip: skip?.() }, 'cursor')
        const byMemory = buildTree(internals.raw, tree, language, text, { skip: skip?.() }, 'memory')
        if (!skip) expect(named(byMemory.root).length).toBeGreaterThan(5)
        expect(sameTree(byCursor, byMemory)).toBe(true)
      }
      tree.delete()
    }
  })
})

