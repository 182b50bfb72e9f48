# corpus: path=app/albums/views.py
import io

from flask import Blueprint, abort, request, send_file

from .models import Album
from .thumbnails import render_thumbnail

bp = Blueprint("albums", __name__)


@bp.get("/albums/<slug>/cover")
def cover(slug):
    album = Album.query.filter_by(slug=slug).first_or_404()
    size = request.args.get("size", 256, type=int)
    if size > 2048:
        abort(400)
    image = render_thumbnail(album.cover_key, size)
    mimetype = request.args.get("format", "image/jpeg")
    return send_file(io.BytesIO(image), mimetype=mimetype)  # expect: header-injection


@bp.get("/albums/<slug>/cover.webp")
def cover_webp(slug):
    album = Album.query.filter_by(slug=slug).first_or_404()
    image = render_thumbnail(album.cover_key, 512, fmt="webp")
    resp = send_file(io.BytesIO(image), mimetype="image/webp")  # ok: header-injection
    resp.headers["Vary"] = "Accept"
    resp.headers["ETag"] = album.cover_etag  # ok: header-injection
    return resp
