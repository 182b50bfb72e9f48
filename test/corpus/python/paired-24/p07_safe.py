# corpus: path=app/notices.py
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/notice")
def notice():
    title = request.args.get("title", "Notice")
    page = "<html><body><h2>{{ title }}</h2><p>{{ body }}</p></body></html>"
    return render_template_string(page, title=title, body="The service will restart at 02:00 UTC.")  # ok: template-injection
