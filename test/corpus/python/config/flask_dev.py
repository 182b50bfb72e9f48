# corpus: path=portal/wsgi.py
import os

from werkzeug.serving import run_simple

from portal import create_app

app = create_app()
app.debug = True  # expect: debug-mode
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"  # ok: debug-mode
app.config["PROPAGATE_EXCEPTIONS"] = True

if __name__ == "__main__":
    run_simple("0.0.0.0", 5000, app, use_reloader=True, use_debugger=True)  # expect: debug-mode
