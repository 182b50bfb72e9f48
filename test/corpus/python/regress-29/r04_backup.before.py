import subprocess

from flask import Blueprint, jsonify, request

bp = Blueprint("ops", __name__)


@bp.post("/ops/backup")
def backup_database():
    db = request.json.get("database", "")
    if db not in ("orders", "billing", "inventory"):
        return jsonify(error="unknown database"), 400
    proc = subprocess.run(f"pg_dump -Fc {db} > /backups/{db}.dump", shell=True, capture_output=True, text=True)
    return jsonify(ok=proc.returncode == 0)
