# corpus: path=app/uploads/views.py
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.post("/avatar")
def upload_avatar():
    f = request.files["avatar"]
    f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))  # ok: path-traversal
    return {"ok": True}
