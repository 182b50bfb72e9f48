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
    return send_file(io.BytesIO(image), mimetype="image/jpeg")
