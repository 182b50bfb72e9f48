import { bareExcept } from '../../../../src/review/rules/bugs/python-bare-except'
import { testRule } from '../../rule-tester'

testRule(bareExcept, {
  valid: [
    'try:\n    load()\nexcept Exception:\n    log.exception("load failed")\n',
    'try:\n    load()\nexcept (ValueError, KeyError) as exc:\n    raise ConfigError(str(exc)) from exc\n',
    // Cleanup-then-re-raise swallows nothing.
    'try:\n    tx.commit()\nexcept:\n    tx.rollback()\n    raise\n',
    '# except: never write this\nvalue = 1\n',
    'def f():\n    """\n    except:\n        pass\n    """\n    return 1\n',
    'message = "except: clause"\n',
    { code: 'try {\n  run()\n} catch {\n}\n', path: 'src/app.ts' },
  ],
  invalid: [
    {
      code: 'try:\n    value = int(raw)\nexcept:\n    value = 0\n',
      findings: [{ line: 3, message: /KeyboardInterrupt/, suggestion: /except Exception:/, severity: 'major' }],
    },
    {
      code: 'try:\n    os.remove(path)\nexcept:\n    pass\n',
      findings: [{ line: 3, message: /silently discards/ }],
    },
    { code: 'try: sock.close()\nexcept: pass\n', findings: [{ line: 2, message: /silently discards/ }] },
    {
      code: 'for item in items:\n    try:\n        handle(item)\n    except :  # keep going\n        failed.append(item)\n',
      findings: [{ line: 4, message: /SystemExit/ }],
    },
    // A different exception raised from the handler still converts Ctrl-C into an error.
    {
      code: 'try:\n    run()\nexcept:\n    raise RuntimeError("run failed")\n',
      findings: [{ line: 3 }],
    },
  ],
})
