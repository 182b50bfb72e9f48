import { pythonCodeEval } from '../../../../src/review/rules/injection/python-code-eval'
import { testRule } from '../../rule-tester'

testRule(pythonCodeEval, {
  valid: [
    'value = ast.literal_eval(raw)',
    'model.eval()\nwith torch.no_grad():\n    out = model(x)',
    'match = pattern.exec(text)\ncursor.exec(sql)',
    'result = eval("1 + 2")',
    '# never eval(user_input)',
    'def run():\n    """Unlike eval(expr), this is safe."""\n    return parse(expr)',
    'return render_template_string("Hello {{ name }}", name=name)',
    'html = render_template_string(TEMPLATE, user=user)',
    { code: 'assert eval(repr(obj)) == obj', path: 'tests/test_repr.py' },
    'evaluator.evaluate(expr)\nretval(x)',
    'class Eq(Expr):\n    def eval(self, row: dict) -> bool:\n        return row[self.key] == self.value',
    'class Script:\n    async def exec(self, args):\n        return await self.runner.run(args)',
  ],
  invalid: [
    {
      code: 'def calculate(expression):\n    return eval(expression)',
      findings: [{ line: 2, message: /`eval\(\)` runs `expression` as Python/, severity: 'major', suggestion: /ast\.literal_eval\(expression\)/ }],
    },
    {
      code: 'result = eval(request.args.get("expr"))',
      findings: [{ line: 1, severity: 'critical' }],
    },
    {
      code: 'exec(f"from plugins.{name} import handler")',
      findings: [{ line: 1, message: /`exec\(\)` runs code built with an f-string from `name`/, severity: 'critical', suggestion: /dict/ }],
    },
    {
      code: 'code = "x = " + payload\nexec(code, namespace)',
      findings: [{ line: 2, message: /string concatenation from `payload`/ }],
    },
    {
      code: 'return render_template_string(f"<h1>Hello {name}</h1>")',
      findings: [{ line: 1, message: /server-side template injection/, severity: 'critical', suggestion: /name=name/ }],
    },
    {
      code: 'page = render_template_string(request.form["template"])',
      findings: [{ line: 1, message: /from the request/ }],
    },
    {
      // Without a parse tree, the line rule is what finds it.
      code: 'tpl = jinja2.Template("Dear " + customer_name + ",")\ndef broken(:\n  ))) (((\n  ]]] [[[',
      findings: [{ line: 1 }],
    },
  ],
})
