import os

from flask import (
    Blueprint,
    abort,
    current_app,
    make_response,
    redirect,
    render_template,
    request,
    send_from_directory,
    session,
    url_for,
)
from markupsafe import escape

from .models import Page, db

bp = Blueprint("pages", __name__)


@bp.route("/p/<slug>")
def show(slug):
    page = Page.query.filter_by(slug=slug, published=True).first_or_404()
    return render_template("pages/show.html", page=page)


@bp.route("/preview", methods=["POST"])
def preview():
    title = request.form.get("title", "")
    body = request.form.get("body", "")
    layout = request.form.get("layout", "default")
    author = session.get("display_name", "anonymous")
    words = len(body.split())
    reading_minutes = max(1, words // 200)
    current_app.logger.info("preview by %s (%d words)", author, words)
    return render_template(
        "pages/preview.html",
        title=title,
        body=body,
        layout=layout,
        minutes=reading_minutes,
    )


@bp.route("/attachments/<int:page_id>")
def attachment(page_id):
    page = Page.query.get_or_404(page_id)
    filename = request.args.get("file", "")
    folder = os.path.join(current_app.config["UPLOAD_DIR"], str(page.id))
    return send_from_directory(folder, filename)


@bp.route("/go")
def go():
    return redirect(url_for("pages.show", slug=request.args.get("slug", "home")))


@bp.route("/settings/theme", methods=["POST"])
def set_theme():
    theme = request.form.get("theme", "light")
    resp = make_response(redirect(url_for("pages.show", slug="home")))
    resp.set_cookie("theme", theme, max_age=31536000, samesite="Lax")
    return resp


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    pages = Page.query.filter(Page.title.ilike(f"%{q}%")).limit(20).all()
    return render_template("pages/search.html", q=q, pages=pages)
