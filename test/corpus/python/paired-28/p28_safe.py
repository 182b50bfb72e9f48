# corpus: path=app/profiles/views.py
import urllib.request

from flask import Flask, request

app = Flask(__name__)
GRAVATAR = "https://www.gravatar.com/avatar/"


def download_avatar(email_hash):
    with urllib.request.urlopen(GRAVATAR + email_hash.lower()[:64], timeout=5) as resp:  # ok: ssrf
        return resp.read(2_000_000)


@app.post("/profile/avatar")
def set_avatar():
    data = download_avatar(request.form["email_hash"])
    return {"size": len(data)}
