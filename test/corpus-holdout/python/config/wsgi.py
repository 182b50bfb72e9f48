# corpus: path=service/wsgi.py
import os

from service.app import create_app

app = create_app()

if __name__ == "__main__":
    debug = os.environ.get("FLASK_DEBUG") == "1"
    app.run(host="127.0.0.1", port=5000, debug=debug)  # ok: debug-mode
