# corpus: path=opsdash/server.py
import os

from flask import Flask, jsonify
from werkzeug.serving import run_simple

app = Flask(__name__)
app.config["ENV_NAME"] = os.environ.get("ENV_NAME", "dev")


@app.get("/healthz")
def healthz():
    return jsonify(status="ok", env=app.config["ENV_NAME"])


def main():
    port = int(os.environ.get("PORT", "8080"))
    run_simple("0.0.0.0", port, app, use_debugger=True, use_reloader=True)  # expect: debug-mode


def main_local():
    debug = os.environ.get("FLASK_DEBUG") == "1"
    app.run(host="127.0.0.1", port=5000, debug=debug)  # ok: debug-mode


if __name__ == "__main__":
    main()
