import { debugMode } from '../../../../src/review/rules/crypto/debug-mode'
import { testRule } from '../../rule-tester'

testRule(debugMode, {
  valid: [
    // DEBUG=True as an argument of a development or test setup, or off
    "class DevelopmentConfig(Config):\n    OPTIONS = dict(\n        DEBUG=True,\n        TESTING=False,\n    )\n",
    "@override_settings(\n    DEBUG=True,\n    ROOT_URLCONF='shop.urls',\n)\ndef check_error_page():\n    pass\n",
    "if app_env == 'development':\n    app.config.update(\n        DEBUG=True,\n    )\n",
    "app.config.from_mapping(\n    DEBUG=False,\n    TESTING=False,\n)\n",
    // Off unless the environment asks for it; a variable that defaults to production.
    { code: 'DEBUG = os.environ.get("APP_ENV") == "development"\nDEBUG = os.getenv("APP_ENV", "production") != "production"\nDEBUG = "DJANGO_DEBUG" in os.environ\n', path: 'mysite/settings.py' },
    // Flat settings modules for local work, development config classes, and modules that are not settings.
    { code: 'DEBUG = True\n', path: 'shop/settings_local.py' },
    { code: 'class DevelopmentConfig(Config):\n    FLASK_ENV = "development"\n', path: 'app/config.py' },
    { code: 'ENV = "development"\n', path: 'app/constants.py' },
    "if __name__ == '__main__':\n    app.run(debug=os.environ.get('FLASK_DEBUG') == '1')\n",
    "app.run(host='0.0.0.0', port=8000)\n# app.run(debug=True)\nprint('app.run(debug=True)')\n",
    { code: 'DEBUG = True\n', path: 'mysite/settings/dev.py' },
    { code: 'DEBUG = True\n', path: 'mysite/settings/local.py' },
    { code: 'DEBUG = True\n', path: 'scripts/migrate.py' },
    { code: "DEBUG = os.environ.get('DJANGO_DEBUG') == '1'\n", path: 'mysite/settings.py' },
    // read from the environment and off when the variable is missing
    { code: 'DEBUG = env.bool("DJANGO_DEBUG", default=False)\n', path: 'config/settings/base.py' },
    { code: 'DEBUG = os.environ.get("DJANGO_DEBUG", "false").lower() == "true"\n', path: 'config/settings/base.py' },
    { code: 'DEBUG = config("DEBUG", default=False, cast=bool)\n', path: 'mysite/settings.py' },
    { code: 'DEBUG = env.bool("DJANGO_DEBUG", default=True)\n', path: 'mysite/settings/local.py' },
    { code: 'app.run(debug=True)\n', path: 'tests/test_app.py' },
    { code: 'ENV NODE_ENV=development\n', path: 'Dockerfile.dev' },
    // A build stage installs dev dependencies; the final stage is production.
    { code: 'FROM node:20 AS build\nENV NODE_ENV=development\nRUN npm ci && npm run build\nFROM node:20-slim\nENV NODE_ENV=production\n', path: 'Dockerfile' },
    { code: 'DEBUG = os.environ.get("DEBUG", "no").lower() in ("1", "true", "yes")\nDEBUG = int(os.environ.get("DEBUG", 0))\n', path: 'proj/settings.py' },
    { code: 'settings.configure(DEBUG=os.environ.get("DJANGO_DEBUG") == "1")\n', path: 'tools/render.py' },
    { code: 'FLASK_DEBUG=1\n', path: '.env' },
    // Settings classes that default debug off, or are not pydantic settings; debug switched on by a test or dev script.
    { code: 'class Settings(BaseSettings):\n    debug: bool = False\n', path: 'app/core/config.py' },
    { code: '@dataclass\nclass RenderOptions:\n    debug: bool = True\n', path: 'app/render.py' },
    { code: 'class DevSettings(BaseSettings):\n    debug: bool = True\n', path: 'app/core/config.py' },
    { code: 'os.environ.setdefault("FLASK_DEBUG", "1")\n', path: 'scripts/dev_server.py' },
    { code: 'os.environ.setdefault("FLASK_DEBUG", "0")\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")\n', path: 'wsgi.py' },
    { code: 'services:\n  web:\n    environment:\n      - FLASK_DEBUG=1\n', path: 'docker-compose.yml' },
  ],
  invalid: [
    // DEBUG=True on a line of its own in a configuration call, whether or not the call's first line is in view
    { code: "    app.config.from_mapping(\n        SECRET_KEY=os.environ['SECRET_KEY'],\n        DEBUG=True,\n        PROPAGATE_EXCEPTIONS=True,\n    )\n", findings: [{ line: 3 }] },
    { code: "        SESSION_COOKIE_SAMESITE='Lax',\n        DEBUG=True,\n    )\n", findings: [{ line: 2 }] },
    // On unless the environment says production.
    { code: 'DEBUG = not os.environ.get("PRODUCTION")\n', path: 'mysite/settings.py', findings: [{ line: 1, message: /unless the environment says production/ }] },
    { code: 'DEBUG = "PRODUCTION" not in os.environ\nDEBUG = os.getenv("APP_ENV", "development") != "production"\n', path: 'mysite/settings.py', findings: [{ line: 1 }, { line: 2 }] },
    // A pydantic settings field on by default, and the code switching the framework's debug variable on itself.
    { code: 'class Settings(BaseSettings):\n    app_name: str = "Bookings"\n    debug: bool = True\n', path: 'app/core/config.py', findings: [{ line: 3, message: /settings class/ }] },
    { code: 'os.environ.setdefault("FLASK_DEBUG", "1")\nos.environ["DJANGO_DEBUG"] = "true"\n', path: 'serve.py', findings: [{ line: 1, message: /FLASK_DEBUG/ }, { line: 2, message: /DJANGO_DEBUG/ }] },
    // Defaults on through an `int(…)` wrapper or a tuple of truthy spellings.
    { code: 'DEBUG = int(os.environ.get("DEBUG", 1))\n', path: 'proj/settings.py', findings: [{ line: 1, message: /defaults to on/ }] },
    { code: 'DEBUG = os.environ.get("DEBUG", "true").lower() in ("1", "true", "yes")\n', path: 'proj/settings.py', findings: [{ line: 1 }] },
    { code: 'settings.configure(DEBUG=True, ROOT_URLCONF=__name__)\n', path: 'tinyapp.py', findings: [{ line: 1, message: /settings\.configure/ }] },
    { code: 'app.run(host="0.0.0.0", port=5000, use_debugger=True)\n', path: 'serve.py', findings: [{ line: 1 }] },
    { code: 'from .settings_base import *\n\nDEBUG = True\n', path: 'shop/settings_prod.py', findings: [{ line: 3 }] },
    { code: 'class ProductionConfig(Config):\n    FLASK_ENV = "development"\n', path: 'app/config.py', findings: [{ line: 2, message: /development mode/ }] },
    {
      code: "if __name__ == '__main__':\n    app.run(host='0.0.0.0', debug=True)\n",
      path: 'app.py',
      findings: [{ line: 2, severity: 'major', message: /`app\.run\(debug=True\)` enables the Werkzeug debugger/, suggestion: /FLASK_DEBUG/ }],
    },
    { code: "SECRET_KEY = os.environ['SECRET_KEY']\nDEBUG = True\nALLOWED_HOSTS = ['*']\n", path: 'mysite/settings.py', findings: [{ line: 2, message: /`DEBUG = True` in `settings\.py`/ }] },
    { code: 'DEBUG = True\n', path: 'config/settings/production.py', findings: [{ line: 1 }] },
    // on wherever the variable is not set
    { code: 'DEBUG = env.bool("DJANGO_DEBUG", default=True)\n', path: 'config/settings/base.py', findings: [{ line: 1, message: /defaults to on/ }] },
    { code: 'DEBUG = os.getenv("DEBUG", "1") == "1"\n', path: 'mysite/settings.py', findings: [{ line: 1 }] },
    { code: 'DEBUG = config("DEBUG", default=True, cast=bool)\n', path: 'mysite/settings.py', findings: [{ line: 1 }] },
    { code: 'FROM python:3.12-slim\nENV FLASK_DEBUG=1\nCMD ["flask", "run", "--host=0.0.0.0"]\n', path: 'Dockerfile', findings: [{ line: 2, message: /`FLASK_DEBUG=1` bakes debug mode/ }] },
    { code: 'FROM node:20-slim\nENV NODE_ENV=development\nCMD ["node", "server.js"]\n', path: 'Dockerfile', findings: [{ line: 2, severity: 'minor', message: /NODE_ENV=development/ }] },
    { code: 'FLASK_ENV=development\n', path: '.env.production', findings: [{ line: 1, message: /`FLASK_ENV=development` in `\.env\.production`/ }] },
    { code: 'env:\n  - name: DJANGO_DEBUG\n    value: "1"\n  - DJANGO_DEBUG: "true"\n', path: 'k8s/web.yaml', findings: [{ line: 4 }] },
  ],
})
