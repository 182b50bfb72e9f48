# corpus: path=app/admin/logs.py
import re
from pathlib import Path

from flask import Blueprint, jsonify, request

bp = Blueprint("logs", __name__, url_prefix="/admin/logs")
LOG_DIR = Path("/var/log/app")
LEVEL = re.compile(r"\b(DEBUG|INFO|WARNING|ERROR)\b")


def _lines():
    return (LOG_DIR / "app.log").read_text().splitlines()[-5000:]


@bp.get("/grep")
def grep():
    pattern = re.compile(request.args["pattern"])  # expect: regex-injection
    return jsonify([line for line in _lines() if pattern.search(line)])


@bp.get("/find")
def find():
    needle = re.escape(request.args.get("text", ""))
    return jsonify([line for line in _lines() if re.search(needle, line, re.I)])  # ok: regex-injection


@bp.get("/match")
def match():
    expr = request.args.get("expr", "")
    return jsonify([line for line in _lines() if re.search(expr, line)])  # expect: regex-injection


@bp.get("/levels")
def levels():
    counts = {}
    for line in _lines():
        m = LEVEL.search(line)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return jsonify(counts)


@bp.get("/contains")
def contains():
    text = request.args.get("text", "")
    return jsonify([line for line in _lines() if text in line])


@bp.post("/mask")
def mask():
    word = request.form["word"]
    masked = [re.sub(word, "***", line) for line in _lines()]  # expect: regex-injection
    return jsonify(masked[-200:])


@bp.get("/split")
def split():
    sep = request.args.get("sep", ",")
    if sep not in {",", ";", "|", "\t"}:
        sep = ","
    return jsonify([re.split(re.escape(sep), line) for line in _lines()[-50:]])  # ok: regex-injection
