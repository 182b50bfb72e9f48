# corpus: path=app/echo.py
from flask import Flask, Response, request

app = Flask(__name__)


@app.post("/preview")
def preview():
    body = request.form.get("body", "")
    return Response("<div class='preview'>" + body + "</div>", mimetype="text/html")  # expect: xss
