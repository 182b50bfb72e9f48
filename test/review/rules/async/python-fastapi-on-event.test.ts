import { pythonFastapiOnEvent } from '../../../../src/review/rules/async/python-fastapi-on-event'
import { testRule } from '../../rule-tester'

testRule(pythonFastapiOnEvent, {
  valid: [
    '@asynccontextmanager\nasync def lifespan(app: FastAPI):\n    yield\n\napp = FastAPI(lifespan=lifespan)',
    '@app.get("/events")\nasync def events():\n    return []',
    '# @app.on_event("startup") was replaced by lifespan',
    'bus.on_event("startup", handler)',
    '@app.middleware("http")\nasync def mw(request, call_next):\n    return await call_next(request)',
  ],
  invalid: [
    {
      code: 'app = FastAPI()\n\n@app.on_event("startup")\nasync def connect():\n    await db.connect()',
      findings: [{ line: 3, message: /`@app\.on_event\("startup"\)` is deprecated/, severity: 'minor', suggestion: /lifespan=lifespan/ }],
    },
    {
      code: "@router.on_event('shutdown')\nasync def close():\n    await client.aclose()",
      findings: [{ line: 1, message: /on_event\("shutdown"\)/ }],
    },
    {
      code: 'app = FastAPI(lifespan=lifespan)\n\n@app.on_event("startup")\nasync def warm_cache():\n    await cache.load()',
      findings: [{ line: 3, message: /never runs/, severity: 'major' }],
    },
  ],
})
