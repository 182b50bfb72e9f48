import { describe, it } from 'vitest'
import { loadSyntaxRuntime } from '../../../src/review/syntax/runtime'

describe('syntax runtime in workerd', () => {
  it('parses all four languages', async ({ expect }) => {
    const rt = await loadSyntaxRuntime()
    const samples = { python: 'x = request.args.get("f")\nopen(x)\n', javascript: 'const a = req.query.u; res.redirect(a)', typescript: 'const a: string = f(<any>x)', tsx: 'const e = <div onClick={f}>{x}</div>' } as const
    for (const [name, code] of Object.entries(samples)) {
      const outcome = rt.parse(name as keyof typeof samples, code)
      expect(outcome.ok, name).toBe(true)
      if (outcome.ok) expect([...outcome.tree.errorRows], `${name} parses without errors`).toEqual([])
    }
  }, 30_000) // compiling four grammars takes seconds on a busy 2-core machine
})
