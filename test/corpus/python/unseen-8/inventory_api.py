# corpus: path=inventory/api.py
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from sqlalchemy import select, text
from werkzeug.utils import secure_filename

from .db import Session
from .models import Item

bp = Blueprint("inventory", __name__)
SORTS = {"name": "name", "newest": "created_at DESC", "stock": "quantity DESC"}
EXPORT_DIR = Path(os.environ.get("EXPORT_DIR", "/srv/exports"))


@bp.get("/items")
def items():
    order = SORTS.get(request.args.get("sort", "name"), "name")
    limit = min(int(request.args.get("limit", 50)), 200)
    with Session() as s:
        rows = s.execute(text(f"SELECT id, name, quantity FROM items ORDER BY {order} LIMIT :limit"), {"limit": limit}).all()
    return jsonify([dict(r._mapping) for r in rows])


@bp.get("/items/search")
def search():
    q = request.args.get("q", "")
    with Session() as s:
        found = s.scalars(select(Item).where(Item.name.ilike(f"%{q}%")).limit(50)).all()
    return jsonify([i.to_dict() for i in found])


@bp.get("/items/<int:item_id>")
def item(item_id):
    with Session() as s:
        row = s.get(Item, item_id)
        if row is None:
            abort(404)
        return jsonify(row.to_dict())


@bp.post("/imports")
def upload_import():
    f = request.files["file"]
    name = secure_filename(f.filename or "")
    if not name.endswith(".csv"):
        abort(400)
    dest = Path(current_app.instance_path) / "imports" / name
    dest.parent.mkdir(parents=True, exist_ok=True)
    f.save(dest)
    return jsonify({"stored": name}), 201


@bp.get("/exports/<path:name>")
def export(name):
    return send_from_directory(EXPORT_DIR, name, as_attachment=True)


@bp.get("/exports")
def exports():
    return jsonify(sorted(p.name for p in EXPORT_DIR.glob("*.csv")))


@bp.delete("/exports/<name>")
def delete_export(name):
    target = (EXPORT_DIR / secure_filename(name)).resolve()
    if not target.is_relative_to(EXPORT_DIR.resolve()):
        abort(400)
    target.unlink(missing_ok=True)
    return "", 204
