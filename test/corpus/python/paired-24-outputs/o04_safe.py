# corpus: path=app/avatars.py
import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.get("/avatar")
def avatar():
    email = request.args.get("email", "")
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    return f"<img src='https://www.gravatar.com/avatar/{digest}'>"  # ok: xss
