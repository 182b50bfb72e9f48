# corpus: path=app/files/views.py
import os

from flask import Blueprint, Response, abort, current_app, make_response, request, send_file
from werkzeug.utils import secure_filename

from .models import Document
from .storage import load_blob

bp = Blueprint("files", __name__)

ALLOWED_TYPES = {"text/csv", "application/pdf", "application/json"}


@bp.get("/documents/<int:doc_id>/download")
def download(doc_id):
    doc = Document.query.get_or_404(doc_id)
    data = load_blob(doc.blob_key)
    name = request.args.get("as", doc.filename)
    resp = make_response(data)
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'  # expect: header-injection
    resp.headers["Content-Type"] = doc.mime_type  # ok: header-injection
    return resp


@bp.get("/documents/<int:doc_id>/save")
def save_as(doc_id):
    doc = Document.query.get_or_404(doc_id)
    data = load_blob(doc.blob_key)
    name = secure_filename(request.args.get("as", doc.filename)) or "download"
    resp = make_response(data)
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'  # ok: header-injection
    return resp


@bp.get("/preview/<int:doc_id>")
def preview(doc_id):
    doc = Document.query.get_or_404(doc_id)
    data = load_blob(doc.blob_key)
    mime = request.args.get("type", "application/octet-stream")
    return Response(data, headers={"Content-Type": mime})  # expect: header-injection


@bp.get("/export/<int:doc_id>")
def export(doc_id):
    doc = Document.query.get_or_404(doc_id)
    fmt = request.args.get("format", "text/csv")
    if fmt not in ALLOWED_TYPES:
        abort(400)
    return Response(doc.render(fmt), headers={"Content-Type": fmt})  # ok: header-injection


@bp.get("/raw/<int:doc_id>")
def raw(doc_id):
    doc = Document.query.get_or_404(doc_id)
    resp = make_response(load_blob(doc.blob_key), 200, {"Content-Type": request.args["ct"]})  # expect: header-injection
    resp.headers["X-Request-ID"] = request.headers.get("X-Request-ID", "")  # ok: header-injection
    return resp


@bp.get("/assets/<path:name>")
def asset(name):
    max_age = request.args.get("max_age", type=int) or 3600
    resp = send_file(os.path.join(current_app.static_folder, secure_filename(name)))
    resp.headers["Cache-Control"] = f"public, max-age={max_age}"  # ok: header-injection
    return resp


@bp.post("/documents/<int:doc_id>/share")
def share(doc_id):
    doc = Document.query.get_or_404(doc_id)
    link = doc.create_share_link(expires=request.form.get("expires", type=int))
    resp = make_response({"url": link.url}, 201)
    resp.set_cookie("last_shared", str(doc.id), httponly=True, secure=True)  # ok: header-injection
    resp.set_cookie("share_label", request.form.get("label", ""), httponly=True, secure=True)  # ok: header-injection
    return resp
