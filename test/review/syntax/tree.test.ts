import { describe, it } from 'vitest'
import { Parser } from 'web-tree-sitter'
import { loadSyntaxRuntime } from '../../../src/review/syntax/runtime'
import type { SNode } from '../../../src/review/syntax/tree'

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
})
