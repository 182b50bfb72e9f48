# corpus: path=app/avatars.py
from flask import Flask, request

app = Flask(__name__)


@app.get("/avatar")
def avatar():
    email = request.args.get("email", "")
    return f"<img src='https://www.gravatar.com/avatar/{email}'>"  # expect: xss
