import { pythonUnsafeDeserialization } from '../../../../src/review/rules/injection/python-unsafe-deserialization'
import { testRule } from '../../rule-tester'

testRule(pythonUnsafeDeserialization, {
  valid: [
    'config = yaml.safe_load(f)',
    'docs = list(yaml.safe_load_all(stream))',
    'data = yaml.load(f, Loader=yaml.SafeLoader)',
    'data = yaml.load(f, Loader=yaml.CSafeLoader)',
    'data = yaml.load(raw, yaml.SafeLoader)',
    'blob = pickle.dumps(obj)\npayload = json.loads(body)',
    'from ruamel.yaml import YAML\nyaml = YAML(typ="safe")\ndata = yaml.load(path)',
    '# yaml.load(f) is unsafe',
    { code: 'obj = pickle.loads(blob)', path: 'tests/test_cache.py' },
    'with shelve.open("cache.db") as db:\n    db["k"] = v',
  ],
  invalid: [
    {
      code: 'with open(path) as f:\n    config = yaml.load(f, Loader=yaml.Loader)',
      findings: [{ line: 2, message: /`yaml\.load\(f, \.\.\.\)` with `yaml\.Loader` runs/, severity: 'major', suggestion: '`config = yaml.safe_load(f)`' }],
    },
    {
      code: 'data = yaml.load(request.data)',
      findings: [{ line: 1, message: /without a `Loader`/, suggestion: '`data = yaml.safe_load(request.data)`' }],
    },
    {
      code: 'for doc in yaml.load_all(stream, Loader=yaml.FullLoader):\n    handle(doc)',
      findings: [{ line: 1, severity: 'minor', suggestion: '`for doc in yaml.safe_load_all(stream):`' }],
    },
    {
      code: 'cfg = yaml.unsafe_load(text)\nopts = yaml.full_load(text)',
      findings: [{ line: 1, severity: 'major' }, { line: 2, severity: 'minor', suggestion: '`opts = yaml.safe_load(text)`' }],
    },
    {
      code: 'session = pickle.loads(base64.b64decode(request.cookies["session"]))',
      findings: [{ line: 1, message: /`pickle\.loads\(base64\.b64decode\(request\.cookies/, severity: 'critical', suggestion: /json\.loads/ }],
    },
    {
      code: 'with open(cache_path, "rb") as f:\n    model = pickle.load(f)',
      findings: [{ line: 2, severity: 'major' }],
    },
    {
      code: 'obj = dill.loads(blob)\nstate = jsonpickle.decode(raw)\ncode = marshal.loads(data)',
      findings: [{ line: 1 }, { line: 2 }, { line: 3 }],
    },
  ],
})
