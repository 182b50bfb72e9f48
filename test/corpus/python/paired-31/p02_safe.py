# corpus: path=app/wsgi.py
import os

from werkzeug.debug import DebuggedApplication

from app import create_app

flask_app = create_app()
application = flask_app.wsgi_app
if os.environ.get("APP_ENV") == "development":
    application = DebuggedApplication(application, evalex=True)  # ok: debug-mode
