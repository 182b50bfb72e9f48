// A small change to a big file copies and analyses only the definitions it touches or reaches.
import { describe, it } from 'vitest'
import { reviewChangeset } from '../../../src/review/engine'
import { loadSyntaxRuntime } from '../../../src/review/syntax/runtime'
import type { SNode } from '../../../src/review/syntax/tree'

function shape(node: SNode): string {
  const kids = node.children.filter((c) => c.named).map(shape)
  return kids.length ? `${node.type}(${kids.join(' ')})` : node.type
}

/** A modified file sent with its full content: `lines` is the new side, `added` its added 1-based lines. */
function modified(path: string, lines: string[], added: number[]) {
  const hunks = added.map((n) => `@@ -${n},0 +${n},1 @@\n+${lines[n - 1]}`).join('\n')
  return { path, diff: `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n${hunks}\n`, content: lines.join('\n') }
}

describe('definitions no added line reaches', () => {
  it('are copied as stubs that keep only their name', async ({ expect }) => {
    const runtime = await loadSyntaxRuntime()
    const code = '@app.get("/a")\ndef a(request):\n    return request.args["x"]\n\nclass B:\n    def m(self):\n        return 1\n\nx = 1\n'
    const stubbed = runtime.parse('python', code, { skip: () => true })
    const full = runtime.parse('python', code)
    if (!stubbed.ok || !full.ok) throw new Error('parse failed')
    expect(shape(stubbed.tree.root)).toBe('module(decorated_definition(function_definition(identifier)) class_definition(identifier) expression_statement(assignment(identifier integer)))')
    expect(shape(full.tree.root)).not.toBe(shape(stubbed.tree.root))
    const js = runtime.parse('typescript', 'export function f(a: string) {\n  return eval(a)\n}\nconst g = () => 1\n', { skip: () => true })
    if (!js.ok) throw new Error(js.reason)
    expect(shape(js.tree.root)).toBe('program(export_statement(function_declaration(identifier)) lexical_declaration(variable_declarator(identifier arrow_function(formal_parameters number))))')
  })

  it('still report what an added line creates or calls into', async ({ expect }) => {
    await loadSyntaxRuntime()
    const filler = Array.from({ length: 40 }, (_, i) => `def unrelated_${i}(x):\n    return x + ${i}\n`).join('\n').split('\n')
    const lines = [
      'import os',
      'import random',
      '',
      'def _digits(n):',
      '    return "".join(random.choice("0123456789") for _ in range(n))',
      '',
      'def run(cmd):',
      '    os.system(cmd)',
      '',
      ...filler,
      'def reset_code():',
      '    return _digits(6)',
      'CMD = "tar czf /tmp/x " + os.environ["TARGET"]',
      '',
      'def nightly():',
      '    os.system(CMD)',
    ]
    const at = (text: string) => lines.indexOf(text) + 1
    const result = reviewChangeset([modified('app/jobs.py', lines, [at('    return _digits(6)'), at('CMD = "tar czf /tmp/x " + os.environ["TARGET"]')])], { profile: 'strict' })
    const ids = result.findings.map((f) => `${f.ruleId}:${f.line}`)
    // the unchanged helper is reached from the added call; the unchanged function reads the added constant
    expect(ids).toContain(`crypto/insecure-random:${at('    return _digits(6)')}`)
    expect(ids).toContain(`python/shell-injection:${at('    os.system(CMD)')}`)
    // the unchanged `run` is neither touched nor reached: nothing there
    expect(ids.filter((id) => id.endsWith(`:${at('    os.system(cmd)')}`))).toEqual([])
  })
})
