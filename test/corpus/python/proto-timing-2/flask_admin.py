# corpus: path=app/ops/routes.py
from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.security import check_password_hash

from app.ops.tasks import flush_cache, rotate_logs

ops = Blueprint("ops", __name__, url_prefix="/ops")


@ops.post("/flush")
def flush():
    if request.args.get("secret") == current_app.config["OPS_SECRET"]:  # expect: timing-unsafe-comparison
        flush_cache.delay()
        return jsonify(queued=True)
    abort(403)


@ops.post("/rotate")
def rotate():
    auth = request.authorization
    if auth is None or auth.username != current_app.config["OPS_USER"]:  # ok: timing-unsafe-comparison
        abort(401)
    if not check_password_hash(current_app.config["OPS_PASSWORD_HASH"], auth.password or ""):  # ok: timing-unsafe-comparison
        abort(401)
    rotate_logs.delay()
    return jsonify(queued=True)


@ops.get("/health")
def health():
    return jsonify(ok=True, version=current_app.config.get("VERSION", "dev"))
