import { jsCodeEval } from '../../../../src/review/rules/injection/js-code-eval'
import { testRule } from '../../rule-tester'

testRule(jsCodeEval, {
  valid: [
    'const data = JSON.parse(body)',
    "setTimeout(() => refresh(), 1000)\nsetInterval(tick, 500)",
    "const getGlobal = new Function('return this')",
    'const m = re.exec(input)\nmodel.eval()',
    "// eval(userInput)",
    '/* never call eval(code) here */',
    "const evaluate = (x) => x * 2\nevaluate(3)",
    { code: 'expect(eval(src)).toBe(3)', path: 'src/calc.test.ts' },
    "const result = eval('2 + 2')",
    { code: 'declare function eval(x: string): any', path: 'types/globals.d.ts' },
  ],
  invalid: [
    {
      code: 'export function calc(expr) {\n  return eval(expr)\n}',
      findings: [{ line: 2, message: /`eval\(\)` runs `expr` as JavaScript/, severity: 'major', suggestion: /JSON\.parse/ }],
    },
    {
      code: 'const value = eval(`(${req.body.formula})`)',
      findings: [{ line: 1, message: /template literal from `req\.body\.formula`/, severity: 'critical' }],
    },
    {
      code: "const fn = new Function('row', 'return ' + filterExpr)",
      findings: [{ line: 1, message: /new Function.*`filterExpr`/, severity: 'critical' }],
    },
    {
      code: "setTimeout('location.reload()', 5000)",
      findings: [{ line: 1, severity: 'minor', suggestion: /setTimeout\(\(\) =>/ }],
    },
    {
      code: 'setInterval("poll(" + id + ")", 1000)',
      findings: [{ line: 1, severity: 'critical' }],
    },
    {
      code: "import vm from 'node:vm'\nconst out = vm.runInNewContext(userScript, sandbox)",
      findings: [{ line: 2, message: /not a sandbox/ }],
    },
    {
      code: '<script>\n  window.eval(atob(location.hash.slice(1)))\n</script>',
      path: 'public/index.html',
      findings: [{ line: 2 }],
    },
  ],
})
