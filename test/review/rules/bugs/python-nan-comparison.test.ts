import { pythonNanComparison } from '../../../../src/review/rules/bugs/python-nan-comparison'
import { testRule } from '../../rule-tester'

testRule(pythonNanComparison, {
  valid: [
    'if math.isnan(price):\n    price = 0.0\n',
    'mask = df["price"].isna()\n',
    'nan = float("nan")\n',
    'label = "x == float(\'nan\')"\n',
    '# x != math.nan is always true\ny = 1\n',
    'if name == "nan":\n    pass\n',
  ],
  invalid: [
    {
      code: 'if price == float("nan"):\n    price = 0.0\n',
      findings: [{ line: 1, message: /always False/, suggestion: /math\.isnan\(x\)/, severity: 'major' }],
    },
    { code: 'valid = value != math.nan\n', findings: [{ line: 1, message: /always True/, suggestion: /not math\.isnan/ }] },
    { code: "clean = df[df['score'] == np.nan]\n", findings: [{ line: 1, suggestion: /np\.isnan/ }] },
    { code: "if float('NaN') == x:\n    pass\n", findings: [{ line: 1 }] },
  ],
})
