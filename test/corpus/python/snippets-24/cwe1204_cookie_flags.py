# corpus: path=app/prefs.py
from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/remember")
def remember():
    resp = make_response("ok")
    resp.set_cookie("remember_token", request.form["token"], httponly=False, secure=False)  # expect: insecure-cookie
    resp.set_cookie("theme", request.form.get("theme", "light"), samesite="Lax")  # ok: insecure-cookie
    return resp
