# corpus: path=app/auth/session.py
from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/login")
def login():
    sid = app.session_interface.new_session_id(request.form["username"])
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, max_age=3600)  # expect: insecure-cookie
    return resp
