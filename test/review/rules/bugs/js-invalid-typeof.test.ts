import { invalidTypeof } from '../../../../src/review/rules/bugs/js-invalid-typeof'
import { testRule } from '../../rule-tester'

testRule(invalidTypeof, {
  valid: [
    "if (typeof callback === 'function') callback()\n",
    "if (typeof x == 'undefined' || typeof y !== \"bigint\") go()\n",
    "if ('symbol' === typeof s) go()\n",
    "const msg = \"typeof x === 'array'\"\n",
    "// typeof x === 'array' never works\nconst y = 1\n",
    'if (typeof a === typeof b) go()\n',
    'type T = typeof config\n',
  ],
  invalid: [
    {
      code: "if (typeof callback === 'fuction') callback()\n",
      findings: [{ line: 1, message: /never returns `"fuction"`/, suggestion: /did you mean `"function"`/, severity: 'major' }],
    },
    { code: "if (typeof items === 'array') items.forEach(log)\n", findings: [{ line: 1, suggestion: /Array\.isArray/ }] },
    { code: 'if (typeof value !== "null") use(value)\n', findings: [{ line: 1, suggestion: /x === null/ }] },
    { code: "if ('undefiend' == typeof window) ssr()\n", findings: [{ line: 1, suggestion: /"undefined"/ }] },
    { code: "if (typeof(x) === 'strng') go()\n", findings: [{ line: 1, suggestion: /"string"/ }] },
  ],
})
