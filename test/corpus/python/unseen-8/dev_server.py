# corpus: path=scripts/dev_server.py
"""Serve the WSGI app with the interactive debugger for local work."""
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

from portal import create_app

app = create_app()
debug_app = DebuggedApplication(app, evalex=True)  # ok: debug-mode

if __name__ == "__main__":
    run_simple(os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "5000")), debug_app, use_reloader=True)
