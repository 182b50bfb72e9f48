# corpus: path=app/profiles/views.py
import urllib.request

from flask import Flask, request

app = Flask(__name__)


def download_avatar(source):
    with urllib.request.urlopen(source, timeout=5) as resp:  # expect: ssrf
        return resp.read(2_000_000)


@app.post("/profile/avatar")
def set_avatar():
    data = download_avatar(request.form["avatar_url"])
    return {"size": len(data)}
