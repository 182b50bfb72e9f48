# corpus: path=app/search.py
import re

from flask import Flask, request

app = Flask(__name__)
TITLES = ["Quarterly report", "Team offsite", "Budget 2027", "Hiring plan"]


@app.get("/titles")
def titles():
    term = request.args.get("q", "")
    pattern = re.compile(re.escape(term), re.IGNORECASE)  # ok: regex-injection
    return {"matches": [t for t in TITLES if pattern.search(t)]}
