import { describe, it } from 'vitest'
import { loadSyntaxRuntime } from '../../../src/review/syntax/runtime'

describe('syntax runtime in workerd', () => {
  it('parses all four languages', async ({ expect }) => {
    const rt = await loadSyntaxRuntime()
    const samples = { python: 'x = request.args.get("f")\nopen(x)\n', javascript: 'const a = req.query.u; res.redirect(a)', typescript: 'const a: string = f(<any>x)', tsx: 'const e = <div onClick={f}>{x}</div>' } as const
    for (const [name, code] of Object.entries(samples)) {
      rt.parser.setLanguage(rt.languages[name as keyof typeof samples])
      const tree = rt.parser.parse(code)!
      expect(tree.rootNode.hasError, `${name}: ${tree.rootNode.toString()}`).toBe(false)
      tree.delete()
    }
  })
})
