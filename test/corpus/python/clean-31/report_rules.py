# corpus: path=app/reports/rules.py
import os
from pathlib import Path

from flask import Blueprint, jsonify, request

bp = Blueprint("report_rules", __name__)

RULES_DIR = Path(__file__).resolve().parent / "rules"
UPLOAD_DIR = "/srv/reports/uploads"


def _default_rules():
    namespace = {}
    source = (RULES_DIR / "defaults.py").read_text(encoding="utf-8")
    exec(compile(source, "defaults.py", "exec"), namespace)  # ok: code-injection
    return namespace.get("RULES", [])


@bp.post("/reports/rules/preview")
def preview_rules():
    namespace = {}
    with open(os.path.join(UPLOAD_DIR, os.path.basename(request.form["rules_file"]))) as f:
        exec(f.read(), namespace)  # expect: code-injection
    return jsonify({"rules": len(namespace.get("RULES", [])), "defaults": len(_default_rules())})
