# corpus: path=app/site.py
from flask import Flask, make_response, render_template, request, send_from_directory

from .exports import build_export

app = Flask(__name__)
EXPORT_TYPES = {"csv": "text/csv", "json": "application/json"}


@app.after_request
def security_headers(response):
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = request.args.get("frame", "DENY")  # expect: header-injection
    response.headers["Content-Language"] = request.accept_languages.best or "en"  # ok: header-injection
    return response


@app.get("/export")
def export():
    body = build_export(request.args.get("table", "orders"))
    return body, 200, {"Content-Type": request.args.get("type", "text/csv")}  # expect: header-injection


@app.get("/export/typed")
def export_typed():
    fmt = request.args.get("format", "csv")
    body = build_export(request.args.get("table", "orders"), fmt=fmt)
    return body, 200, {"Content-Type": EXPORT_TYPES.get(fmt, "text/csv")}  # ok: header-injection


@app.get("/export/download")
def export_download():
    name = request.args.get("name", "export.csv")
    resp = make_response(build_export("orders"))
    resp.headers.set("Content-Disposition", "attachment", filename=name)  # ok: header-injection
    return resp


@app.get("/docs/<path:page>")
def docs(page):
    resp = make_response(render_template("docs.html", page=page))
    nxt = request.args.get("next", "")
    resp.headers["Link"] = f'<{nxt}>; rel="prefetch"'  # expect: header-injection
    return resp


@app.get("/static-files/<path:name>")
def static_files(name):
    return send_from_directory(app.static_folder, name, mimetype=request.args.get("as"))  # expect: header-injection
