# corpus: path=app/logs/views.py
import re

from flask import Flask, jsonify, request

from app.logs.store import recent_lines

app = Flask(__name__)


@app.get("/logs/grep")
def grep_logs():
    needle = re.compile(re.escape(request.args.get("pattern", "")), re.IGNORECASE)
    matches = [line for line in recent_lines(5000) if needle.search(line)]  # ok: regex-injection
    return jsonify(matches[:200])
