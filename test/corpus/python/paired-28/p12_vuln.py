# corpus: path=app/logs/views.py
import re

from flask import Flask, jsonify, request

from app.logs.store import recent_lines

app = Flask(__name__)


@app.get("/logs/grep")
def grep_logs():
    pattern = request.args.get("pattern", "")
    matches = [line for line in recent_lines(5000) if re.search(pattern, line)]  # expect: regex-injection
    return jsonify(matches[:200])
