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
    // A nested function binding the enclosing run's value: the list is made each time the enclosing function runs.
    'def html(records):\n    out = []\n    for lnum, line in records:\n        def reader(lnum=[lnum]):\n            try:\n                return lines[lnum[0]]\n            finally:\n                lnum[0] += 1\n        out.append(reader)\n    return out\n',
    'def make_pager(client, first, size):\n    head = """\n<h1>Events</h1>\n"""\n    def fetch_next(cursor=[first], limit=size):\n        cursor[0] += 1\n        return client.get(cursor[0], limit)\n    return fetch_next\n',
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
    // A module-level function or a method packing names makes its list once: every call shares it.
    { code: 'START = 0\ndef counter(pos=[START]):\n    pos[0] += 1\n    return pos[0]\n', findings: [{ line: 2 }] },
    { code: 'class Reader:\n    def next(self, pos=[start]):\n        pos[0] += 1\n', findings: [{ line: 2 }] },
    // A nested function's literal default is still made once for all the calls of that function.
    { code: 'def outer():\n    def inner(acc=[]):\n        acc.append(1)\n    return inner\n', findings: [{ line: 2 }] },
    { code: 'def outer(items):\n    def inner(acc=[items, {}]):\n        acc.append(1)\n    return inner\n', findings: [{ line: 2 }] },
  ],
})
