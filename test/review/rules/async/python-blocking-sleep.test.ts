import { pythonBlockingSleep } from '../../../../src/review/rules/async/python-blocking-sleep'
import { testRule } from '../../rule-tester'

testRule(pythonBlockingSleep, {
  valid: [
    'async def poll():\n    await asyncio.sleep(1)',
    'def retry():\n    time.sleep(2)',
    // a plain def nested in a coroutine runs wherever it is called (often a thread)
    'async def handler():\n    def work():\n        time.sleep(1)\n    await asyncio.to_thread(work)',
    'async def handler():\n    await loop.run_in_executor(None, lambda: time.sleep(1))',
    'async def handler():\n    await asyncio.to_thread(time.sleep, 1)',
    'async def handler():\n    """Do not call time.sleep(1) here."""\n    return 1',
    'async def handler():\n    # time.sleep(1) would block\n    await asyncio.sleep(1)',
    'class Worker:\n    def run(self):\n        time.sleep(self.interval)',
  ],
  invalid: [
    {
      code: 'import time\n\nasync def poll(job):\n    while not job.done:\n        time.sleep(1)',
      findings: [{ line: 5, message: /`time\.sleep\(\.\.\.\)` in `async def poll` blocks the event loop/, severity: 'major', suggestion: '`await asyncio.sleep(1)`' }],
    },
    {
      code: '@app.get("/slow")\nasync def slow(\n    delay: float = 0.5,\n):\n    if delay:\n        time.sleep(delay)\n    return {"ok": True}',
      findings: [{ line: 6, message: /async def slow/, suggestion: '`await asyncio.sleep(delay)`' }],
    },
    {
      code: 'class Client:\n    async def fetch(self):\n        for _ in range(3):\n            try:\n                return await self._get()\n            except TimeoutError:\n                time.sleep(self.backoff)',
      findings: [{ line: 7, suggestion: '`await asyncio.sleep(self.backoff)`' }],
    },
    {
      // the hunk starts inside the coroutine: git's section heading names it
      code: '',
      diff: 'diff --git a/app/jobs.py b/app/jobs.py\n--- a/app/jobs.py\n+++ b/app/jobs.py\n@@ -40,3 +40,4 @@ async def drain(queue):\n     while True:\n         item = await queue.get()\n+        time.sleep(0.1)\n         queue.task_done()\n',
      findings: [{ line: 42, message: /async def drain/ }],
    },
  ],
})
