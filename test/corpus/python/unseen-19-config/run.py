# corpus: path=run.py
"""Entry point for `python run.py` and for gunicorn (run:app)."""
import os

from dotenv import load_dotenv

load_dotenv()

from inventory import create_app  # noqa: E402

app = create_app(os.environ.get("FLASK_CONFIG", "default"))


@app.shell_context_processor
def make_shell_context():
    from inventory.models import Item, Warehouse, db

    return {"db": db, "Item": Item, "Warehouse": Warehouse}


@app.cli.command()
def seed():
    """Loads demo warehouses for local development."""
    from inventory.seed import load_demo_data

    load_demo_data()


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    debug = os.environ.get("FLASK_DEBUG") == "1"
    app.run(host="0.0.0.0", port=port, debug=debug)  # ok: debug-mode
