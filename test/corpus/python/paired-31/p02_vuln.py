# corpus: path=app/wsgi.py
from werkzeug.debug import DebuggedApplication

from app import create_app

flask_app = create_app()
application = DebuggedApplication(flask_app.wsgi_app, evalex=True)  # expect: debug-mode
