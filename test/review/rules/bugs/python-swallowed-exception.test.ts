import { swallowedException } from '../../../../src/review/rules/bugs/python-swallowed-exception'
import { testRule } from '../../rule-tester'

testRule(swallowedException, {
  valid: [
    'try:\n    cache.set(key, value)\nexcept ConnectionError:\n    pass\n',
    'try:\n    import ujson as json\nexcept ImportError:\n    pass\n',
    'try:\n    cache.set(key, value)\nexcept Exception as exc:\n    log.warning("cache: %s", exc)\n',
    // A comment saying why the error is ignored marks the choice as deliberate.
    'try:\n    cache.set(key, value)\nexcept Exception:\n    # the cache is optional; misses are fine\n    pass\n',
    'try:\n    cache.set(key, value)\nexcept Exception:  # best effort, cache is optional\n    pass\n',
    'try:\n    cache.set(key, value)\nexcept Exception:\n    pass\n    metrics.incr("cache.error")\n',
    // Bare except and BaseException have their own rules.
    'try:\n    cache.set(key, value)\nexcept:\n    pass\n',
    'class MyCustomException(Exception):\n    pass\n',
  ],
  invalid: [
    {
      code: 'try:\n    cache.set(key, value)\nexcept Exception:\n    pass\n',
      findings: [{ line: 3, message: /`except Exception: pass`/, severity: 'minor', suggestion: /logger\.warning/ }],
    },
    { code: 'try: notify(user)\nexcept Exception as e: pass\n', findings: [{ line: 2 }] },
    {
      code: 'for row in rows:\n    try:\n        save(row)\n    except (ValueError, Exception):\n        ...\n',
      findings: [{ line: 4, message: /\(ValueError, Exception\)/ }],
    },
    { code: 'try:\n    x()\nexcept Exception:  # noqa: BLE001\n    pass\n', findings: [{ line: 3 }] },
  ],
})
