import { mutableDefaultArgument } from '../../../../src/review/rules/bugs/python-mutable-default-argument'
import { testRule } from '../../rule-tester'

testRule(mutableDefaultArgument, {
  valid: [
    'def add_tag(tag, tags=None):\n    tags = tags or []\n',
    'def f(items=(), flags=frozenset(), name="[]"):\n    return items\n',
    'def f(x: int = 0, *, y: str = "{}") -> dict:\n    return {}\n',
    // Keyword arguments in calls are not defaults.
    'result = build(items=[], options={})\n',
    'result = build(\n    items=[],\n    options={},\n)\n',
    'x = []  # def f(x=[]) would be wrong\n',
    'class Config:\n    tags: list = field(default_factory=list)\n',
    'if a == [] or b <= {}:\n    pass\n',
  ],
  invalid: [
    {
      code: 'def add_tag(tag, tags=[]):\n    tags.append(tag)\n    return tags\n',
      findings: [{ line: 1, message: /`tags=\[\]` in `add_tag\(\)`/, suggestion: /`tags=None`.*`if tags is None: tags = \[\]`/, severity: 'major' }],
    },
    {
      code: 'async def fetch(url, headers: dict[str, str] = {}, seen=set()):\n    pass\n',
      findings: [{ line: 1, message: /`headers=\{\}`, `seen=set\(\)`/ }],
    },
    {
      code: 'class Repo:\n    def find(\n        self,\n        filters: Dict[str, Any] = {},\n        order=None,\n    ):\n        return []\n',
      findings: [{ line: 4, message: /`filters=\{\}` in `find\(\)`/ }],
    },
    { code: 'def merge(a, b=dict(), c=[1, 2]):\n    pass\n', findings: [{ line: 1, message: /`b=dict\(\)`, `c=\[1, 2\]`/ }] },
    { code: 'def queue(q=collections.deque()):\n    return q\n', findings: [{ line: 1 }] },
  ],
})
