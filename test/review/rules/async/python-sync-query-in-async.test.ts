import { pythonSyncQueryInAsync } from '../../../../src/review/rules/async/python-sync-query-in-async'
import { testRule } from '../../rule-tester'

testRule(pythonSyncQueryInAsync, {
  valid: [
    'async def get_user(db: AsyncSession, user_id: int):\n    result = await db.execute(select(User).where(User.id == user_id))',
    // a sync Session in a plain def is the 1.x API working as designed
    'def get_user(db: Session, user_id: int):\n    return db.query(User).filter(User.id == user_id).first()',
    // a sync Session annotated as such: not this rule (it blocks, but .query exists)
    'async def get_user(db: Session = Depends(get_db)):\n    return db.query(User).all()',
    'async def search(q: str):\n    return es.query(index="users", q=q)',
    'async def f(session: AsyncSession):\n    # session.query(User) is gone in 2.0\n    pass',
    'async def f(request: Request):\n    params = request.query_params\n    return params',
  ],
  invalid: [
    {
      code: 'async def get_user(db: AsyncSession, user_id: int):\n    return db.query(User).filter(User.id == user_id).first()',
      findings: [{ line: 2, message: /`db\.query\(\.\.\.\)` in `async def get_user`: `AsyncSession` has no `\.query\(\)`/, severity: 'major', suggestion: '`return (await db.execute(select(User).where(User.id == user_id))).scalars().first()` (with `from sqlalchemy import select`)' }],
    },
    {
      code: '@router.get("/items")\nasync def list_items(\n    session: AsyncSession = Depends(get_session),\n):\n    items = session.query(Item).order_by(Item.created_at).all()\n    return items',
      findings: [{ line: 5, suggestion: /\(await session\.execute\(select\(Item\)\.order_by\(Item\.created_at\)\)\)\.scalars\(\)\.all\(\)/ }],
    },
    {
      code: 'async def load(db: AsyncSession, pk: int):\n    obj = db.query(Thing).get(pk)',
      findings: [{ line: 2, suggestion: /obj = await db\.get\(Thing, pk\)/ }],
    },
    {
      code: 'from sqlalchemy.ext.asyncio import AsyncSession\n\nclass Repo:\n    async def count(self):\n        return self.session.query(User).count()',
      findings: [{ line: 5, suggestion: /await self\.session\.execute\(select/ }],
    },
    {
      code: 'async def handler(db=Depends(get_db)):\n    await db.commit()\n    rows = db.query(Row).all()',
      findings: [{ line: 3 }],
    },
  ],
})
