/**
 * Python settings written as call arguments rather than assignments: debug switched on through
 * an application class or a config mapping, each with the environment-driven look-alike.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('crypto/debug-mode'), {
  valid: [
    'from fastapi import FastAPI\napp = FastAPI(title="Orders", debug=os.getenv("APP_DEBUG") == "1")',
    'from starlette.applications import Starlette\napp = Starlette(debug=False, routes=routes)',
    'app.config.update(DEBUG=os.environ.get("FLASK_DEBUG") == "1", TESTING=False)',
    'app.config.from_mapping(SECRET_KEY=os.environ["SECRET_KEY"], DEBUG=False)',
    'cache.update(DEBUG=True)',
    { code: 'from fastapi import FastAPI\napp = FastAPI(debug=True)', path: 'scripts/dev_api.py' },
  ],
  invalid: [
    { code: 'from fastapi import FastAPI\napi = FastAPI(title="Inventory", debug=True)', findings: [{ line: 2 }] },
    { code: 'import tornado.web\napp = tornado.web.Application(handlers, cookie_secret=SECRET, debug=True)', findings: [{ line: 2 }] },
    { code: 'def create_app():\n    app = Flask(__name__)\n    app.config.from_mapping(\n        SECRET_KEY=os.environ["SECRET_KEY"],\n        DEBUG=True,\n    )\n    return app', findings: [{ line: 3 }] },
    { code: 'app.config.update({"DEBUG": True, "TESTING": False})', findings: [{ line: 1 }] },
  ],
})
