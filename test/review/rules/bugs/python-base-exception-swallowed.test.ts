import { baseException } from '../../../../src/review/rules/bugs/python-base-exception-swallowed'
import { testRule } from '../../rule-tester'

testRule(baseException, {
  valid: [
    'try:\n    worker.run()\nexcept BaseException:\n    worker.cleanup()\n    raise\n',
    'try:\n    worker.run()\nexcept BaseException as exc:\n    log.critical("fatal: %s", exc)\n    sys.exit(1)\n',
    'try:\n    worker.run()\nexcept Exception:\n    log.exception("worker failed")\n',
    'try:\n    run()\nexcept BaseException: raise\n',
    'class AppError(BaseException):\n    pass\n',
    // asyncio style: interrupts are re-raised by an earlier handler, the rest is forwarded.
    'try:\n    self._run()\nexcept (SystemExit, KeyboardInterrupt):\n    raise\nexcept BaseException as exc:\n    self._loop.call_exception_handler({"exception": exc})\n',
    'try:\n    data = sock.recv(n)\nexcept BaseException as exc:\n    fut.set_exception(exc)\n',
    '# except BaseException: is usually wrong\nx = 1\n',
    // The handler continues past the end of the hunk: a re-raise may follow.
    {
      code: '',
      path: 'app.py',
      diff: 'diff --git a/app.py b/app.py\n--- a/app.py\n+++ b/app.py\n@@ -10,3 +10,5 @@ def main():\n     try:\n         serve()\n+    except BaseException as exc:\n+        log.error("stopping: %s", exc)\n         notify(exc)\n',
    },
  ],
  invalid: [
    {
      code: 'try:\n    worker.run()\nexcept BaseException as exc:\n    log.warning("worker stopped: %s", exc)\n',
      findings: [{ line: 3, message: /`except BaseException as exc:` catches `KeyboardInterrupt`/, severity: 'major' }],
    },
    {
      code: 'def poll():\n    while True:\n        try:\n            tick()\n        except (BaseException, RuntimeError):\n            continue\n    return None\n',
      findings: [{ line: 5, suggestion: /bare `raise`/ }],
    },
    { code: 'try: tick()\nexcept BaseException: pass\n', findings: [{ line: 2 }] },
  ],
})
