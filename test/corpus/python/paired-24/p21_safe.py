# corpus: path=app/main.py
import os

from app.factory import create_app

app = create_app()

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")  # ok: debug-mode
