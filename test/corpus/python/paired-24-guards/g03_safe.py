# corpus: path=app/auth/logout.py
from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.get("/logout")
def logout():
    session.clear()
    target = request.args.get("then", "/")
    if not target.startswith("/") or target.startswith("//") or target.startswith("/\\"):
        target = "/"
    return redirect(target)  # ok: open-redirect
