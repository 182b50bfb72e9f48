/** Flags eval()/exec() on non-literal input and render_template_string() on built templates. FP: trusted plugin/config code paths. */
import type { LineContext, LineRule, RuleHit } from '../../types'
import { describeHow, quoteList } from './sql'
import { fileGate } from '../../needles'
import { type Arg, argsAt, inPythonDocstring, isCommentLine, lexLine, MAX_LINE, sinkMatches, snippet } from '../../source'
import { analyzeExpr, assignmentsBefore, type ExprInfo, unsafeParts } from './expr'

// `ast.literal_eval`, `model.eval()`, `cursor.exec(...)` all have a receiver; only the builtins are bare.
// A method or function *named* eval (`def eval(self, ctx):`, an expression tree's evaluator) is not a call.
const EVAL = /(?:(?<![\w.])(?<!\bdef\s+)|\bbuiltins\.)(eval|exec)\s*\(/g
const TEMPLATE = /(?:(?<![\w.])|\bflask\.)(render_template_string)\s*\(|\bjinja2\.(Template)\s*\(|\.(from_string)\s*\(/g
const REQUEST = /\brequest\.(?:args|form|values|json|data|get_json|GET|POST|body|query_params|cookies|headers)\b|\binput\s*\(/
const IDENT = /^[A-Za-z_]\w*$/
const gate = fileGate(['eval(', 'exec(', 'render_template_string', 'Template(', 'from_string('])

function built(ctx: LineContext, arg: Arg): ExprInfo {
  const info = analyzeExpr(arg.text, 'py')
  if (!info.opaque || !IDENT.test(arg.text)) return info
  const found = assignmentsBefore(ctx, arg.text, 'py', 8).find((a) => a.info.dynamic || REQUEST.test(a.rhs))
  return found?.info ?? info
}

export const pythonCodeEval: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/code-eval',
    title: 'Code evaluated from runtime input',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['python'],
    description:
      '`eval`/`exec` run their argument as Python with the full privileges of the process; `__import__("os").system(...)` is one expression away. `render_template_string` on a template built from input is the same hole through Jinja (server-side template injection). Parse literals with `ast.literal_eval` or `json.loads`, or dispatch through a dict of allowed operations.',
    examples: {
      bad: 'def calculate(expression: str) -> float:\n    return eval(expression)\n',
      good: 'import ast\n\ndef parse_config(value: str):\n    return ast.literal_eval(value)\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    const evalish = text.includes('eval(') || text.includes('exec(')
    const template = text.includes('render_template_string') || text.includes('Template(') || text.includes('from_string(')
    if (!evalish && !template) return undefined
    if (ctx.file.isTest || isCommentLine(text, 'py')) return undefined
    const lexed = lexLine(ctx, 'py')
    const hits: RuleHit[] = []
    if (evalish) {
      for (const m of sinkMatches(lexed.masked, EVAL)) {
        const name = m[1]!
        const { call } = argsAt(ctx, 'py', lexed, m.index + m[0].length - 1)
        const first = call.args[0]
        if (!first) continue
        const info = built(ctx, first)
        if (info.literal) continue
        const unsafe = unsafeParts(info)
        const fromRequest = REQUEST.test(first.text)
        const what = info.dynamic && unsafe.length > 0 ? `code built with ${describeHow(info.how, 'py')} from ${quoteList(unsafe)}` : `\`${snippet(first.text, 40)}\``
        hits.push({
          line: ctx.line.newLine,
          message: `\`${name}()\` runs ${what} as Python: whoever controls it can run anything (\`__import__("os").system(...)\`)`,
          suggestion:
            name === 'eval' && call.args.length === 1
              ? `If it only parses a literal (number, list, dict), use \`ast.literal_eval(${snippet(first.text, 40)})\`; for data use \`json.loads\`; for operations, look them up in a dict of allowed functions.`
              : 'Do not execute input as code: map the allowed operations to functions in a dict, or load plugins by a fixed module name.',
          severity: info.dynamic || fromRequest ? 'critical' : 'major',
        })
      }
    }
    if (template) {
      for (const m of sinkMatches(lexed.masked, TEMPLATE)) {
        const name = m[1] ?? m[2] ?? m[3]!
        const { call } = argsAt(ctx, 'py', lexed, m.index + m[0].length - 1)
        const first = call.args[0]
        if (!first) continue
        const info = built(ctx, first)
        const fromRequest = REQUEST.test(first.text)
        const unsafe = unsafeParts(info)
        if (!fromRequest && !(info.dynamic && unsafe.length > 0)) continue
        const what = fromRequest ? `\`${snippet(first.text, 40)}\` from the request` : `a template built with ${describeHow(info.how, 'py')} from ${quoteList(unsafe)}`
        hits.push({
          line: ctx.line.newLine,
          message: `\`${name}()\` compiles ${what}: \`{{ ... }}\` in the value runs as template code (server-side template injection)`,
          suggestion: 'Keep the template constant and pass values as context: `render_template_string("Hello {{ name }}", name=name)`.',
          severity: 'critical',
        })
      }
    }
    // Docstrings show examples; checked last because it looks back over many lines.
    return hits.length > 0 && inPythonDocstring(ctx) ? undefined : hits
  },
}
