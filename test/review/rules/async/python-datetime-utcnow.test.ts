import { pythonDatetimeUtcnow } from '../../../../src/review/rules/async/python-datetime-utcnow'
import { testRule } from '../../rule-tester'

testRule(pythonDatetimeUtcnow, {
  valid: [
    'created_at = datetime.now(timezone.utc)',
    'ts = datetime.fromtimestamp(epoch, tz=timezone.utc)',
    'now = arrow.utcnow()\nn = pendulum.now("UTC")',
    '# datetime.utcnow() is deprecated',
    'def f():\n    """Replaces datetime.utcnow()."""',
    'msg = "use datetime.utcnow() never"',
    'offset = tz.utcoffset(dt)',
  ],
  invalid: [
    {
      code: 'from datetime import datetime\n\ncreated_at = datetime.utcnow()',
      findings: [{ line: 3, message: /`datetime\.utcnow\(\)` returns a naive datetime/, severity: 'minor', suggestion: '`created_at = datetime.now(timezone.utc)` (with `from datetime import timezone`)' }],
    },
    {
      code: 'from datetime import datetime, timezone\nexpires = datetime.utcnow() + timedelta(hours=1)',
      findings: [{ line: 2, suggestion: '`expires = datetime.now(timezone.utc) + timedelta(hours=1)`' }],
    },
    {
      code: 'import datetime\nstamp = datetime.datetime.utcnow().isoformat()',
      findings: [{ line: 2, message: /datetime\.datetime\.utcnow\(\)/, suggestion: '`stamp = datetime.datetime.now(datetime.timezone.utc).isoformat()`' }],
    },
    {
      code: 'from datetime import datetime, timezone\ncreated = datetime.utcfromtimestamp(row["ts"] / 1000)',
      findings: [{ line: 2, suggestion: '`created = datetime.fromtimestamp(row["ts"] / 1000, tz=timezone.utc)`' }],
    },
    {
      code: 'from datetime import datetime, timezone\nclass Post(Base):\n    created_at = Column(DateTime, default=datetime.utcnow)',
      findings: [{ line: 3, message: /`datetime\.utcnow`/, suggestion: '`created_at = Column(DateTime, default=lambda: datetime.now(timezone.utc))`' }],
    },
    {
      code: 'from datetime import datetime, timezone\nwindow = (datetime.utcnow(), datetime.utcnow() + ttl)',
      findings: [{ line: 2, suggestion: '`window = (datetime.now(timezone.utc), datetime.now(timezone.utc) + ttl)`' }],
    },
  ],
})
