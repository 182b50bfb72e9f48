import { pythonMissingAwait } from '../../../../src/review/rules/async/python-missing-await'
import { testRule } from '../../rule-tester'

testRule(pythonMissingAwait, {
  valid: [
    'async def save(db: AsyncSession, user):\n    db.add(user)\n    await db.commit()\n    await db.refresh(user)',
    'async def tick():\n    await asyncio.sleep(1)',
    // scheduled or gathered, not lost
    'async def notify(user):\n    ...\n\nasync def handler(user):\n    task = asyncio.create_task(notify(user))\n    results = await asyncio.gather(notify(a), notify(b))',
    'async def fetch(url):\n    ...\n\nasync def crawl(urls):\n    coros = [fetch(u) for u in urls]\n    return await asyncio.gather(*coros)',
    'async def fetch(url):\n    ...\n\nasync def proxy(url):\n    return fetch(url)',
    // a sync Session beside an async one in the same signature
    'async def sync_both(db: Session, adb: AsyncSession):\n    db.commit()\n    await adb.commit()',
    // a dependency alias of a sync Session has a sync commit
    'from sqlalchemy.orm import Session\nDbDep = Annotated[Session, Depends(get_db)]\n\n@router.post("/t")\nasync def touch(db: DbDep):\n    db.execute(update(Member).values(seen=True))\n    db.commit()',
    // a sync Session has a sync commit
    'def save(db: Session, user):\n    db.add(user)\n    db.commit()',
    'async def save(db: Session = Depends(get_db)):\n    db.commit()',
    // async generators are iterated, not awaited
    'async def stream_rows():\n    for r in rows:\n        yield r\n\nasync def handler():\n    gen = stream_rows()\n    async for r in gen:\n        print(r)',
    'async def run():\n    async with httpx.AsyncClient() as client:\n        r = await client.get(URL)\n    cache.get(key)',
    'def main():\n    asyncio.run(serve())\n\nasync def serve():\n    ...',
    'async def handler():\n    # asyncio.sleep(1) forgot await here once\n    pass',
    // stored, then gathered a few lines later
    'async def _read(n):\n    ...\n\nasync def communicate(self):\n    stdout = _read(1)\n    stderr = _read(2)\n    stdout, stderr = await asyncio.gather(stdout, stderr)',
  ],
  invalid: [
    // a dependency alias of an AsyncSession (FastAPI's `Annotated[AsyncSession, Depends(…)]`)
    {
      code: 'from sqlalchemy.ext.asyncio import AsyncSession\nSessionDep = Annotated[AsyncSession, Depends(get_session)]\n\n@router.post("/t")\nasync def touch(session: SessionDep):\n    await session.execute(update(Member).values(seen=True))\n    session.commit()',
      findings: [{ line: 7 }],
    },
    {
      code: 'async def save(db: AsyncSession, user: User):\n    db.add(user)\n    db.commit()',
      findings: [{ line: 3, message: /`db\.commit\(\)` returns a coroutine without `await` in `async def save`: the commit never runs and the transaction is not saved/, severity: 'major', suggestion: '`await db.commit()`' }],
    },
    {
      code: 'async def backoff(attempt):\n    asyncio.sleep(2 ** attempt)',
      findings: [{ line: 2, message: /nothing sleeps/, suggestion: '`await asyncio.sleep(2 ** attempt)`' }],
    },
    {
      code: 'async def get_user(session: AsyncSession, uid: int):\n    result = session.execute(select(User).where(User.id == uid))\n    users = session.execute(stmt).scalars().all()',
      findings: [{ line: 2 }, { line: 3, message: /chained attribute access fails/, suggestion: '`users = (await session.execute(stmt)).scalars().all()`' }],
    },
    {
      code: 'async def send_welcome(email):\n    ...\n\n@app.post("/signup")\nasync def signup(body: SignupIn):\n    user = await create_user(body)\n    send_welcome(user.email)\n    return user',
      findings: [{ line: 7, message: /`send_welcome\(user\.email\)` calls an `async def`.*the body of `send_welcome` never runs/, suggestion: '`await send_welcome(user.email)`' }],
    },
    {
      code: 'async def check(url):\n    async with httpx.AsyncClient(timeout=5) as client:\n        resp = client.get(url)\n        return resp.status_code',
      findings: [{ line: 3, message: /the request is never sent/ }],
    },
    {
      code: 'async def fetch(url):\n    async with aiohttp.ClientSession() as http:\n        resp = http.get(url)\n        data = await resp.json()',
      findings: [{ line: 3, message: /`http\.get\(url\)` returns a coroutine/ }],
    },
    {
      code: 'class Repo:\n    async def _flush(self):\n        ...\n\n    async def save(self, obj):\n        self._flush()',
      findings: [{ line: 6, suggestion: '`await self._flush()`' }],
    },
    {
      code: 'async def is_admin(uid):\n    ...\n\nasync def guard(uid):\n    if is_admin(uid):\n        return True',
      findings: [{ line: 5 }],
    },
  ],
})

// A change that drops `await` from a call the old line awaited: the callee is a coroutine function though its
// `async def` lies outside the hunks.
const hookDiff = (lines: string[]): string =>
  [
    'diff --git a/app/api/hooks.py b/app/api/hooks.py',
    '--- a/app/api/hooks.py',
    '+++ b/app/api/hooks.py',
    `@@ -52,6 +52,${5 + lines.length} @@ async def ci_finished(`,
    '     status = payload.get("status", "unknown")',
    '     dep = await record_deployment(session, project, ref, status)',
    '     if status == "failed":',
    '-        await notify_owner(project, f"Build {ref} failed")',
    ...lines,
    '     log.info("deployment %s recorded", dep.id)',
    '     return {"id": dep.id}',
  ].join('\n')

testRule(pythonMissingAwait, {
  valid: [
    // handed to a scheduler, which awaits it
    { code: '', diff: hookDiff(['+        background.add_task(notify_owner, project, f"Build {ref} failed")']) },
    { code: '', diff: hookDiff(['+        asyncio.create_task(notify_owner(project, f"Build {ref} failed"))']) },
    { code: '', diff: hookDiff(['+        await notify_owner(project, f"Build {ref} failed: {url}")']) },
    // the change makes the helper a plain function, which is why the await went
    {
      code: '',
      diff: [
        hookDiff(['+        notify_owner(project, f"Build {ref} failed")']),
        '@@ -20,3 +21,3 @@ log = logging.getLogger(__name__)',
        '-async def notify_owner(project, text):',
        '+def notify_owner(project, text):',
        '     slack.post(project.slack_webhook_url, text)',
        ' ',
      ].join('\n'),
    },
  ],
  invalid: [
    { code: '', diff: hookDiff(['+        notify_owner(project, f"Build {ref} failed: {url}")']), findings: [{ line: 55, message: /the body of `notify_owner` never runs/ }] },
  ],
})
