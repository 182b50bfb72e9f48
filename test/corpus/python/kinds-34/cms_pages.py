# corpus: path=cms/pages.py
"""Landing pages for the marketing site: editors write the page body in the admin, the
public site renders published pages, and drafts can be previewed or shared for review."""
import random
import string
from datetime import datetime, timezone

from flask import Blueprint, Flask, Response, abort, current_app, g, jsonify, render_template, request
from flask_socketio import SocketIO, emit
from mako.lookup import TemplateLookup
from markupsafe import escape

from .auth import editor_required
from .models import Page, PageShare, db

bp = Blueprint("pages", __name__)
email_lookup = TemplateLookup(directories=["cms/templates/email"], input_encoding="utf-8")
socketio = SocketIO()

SLUG_ALPHABET = string.ascii_lowercase + string.digits


def page_context(page):
    return {
        "title": page.title,
        "updated": page.updated_at.strftime("%d %b %Y"),
        "site_name": current_app.config["SITE_NAME"],
    }


@bp.get("/p/<slug>")
def show_page(slug):
    page = Page.query.filter_by(slug=slug, published=True).first_or_404()
    # Published bodies are plain HTML that an editor approved; they are shown as stored.
    return render_template("page.html", page=page, body=page.body_html)


@bp.post("/admin/pages/<int:page_id>/preview")
@editor_required
def preview_draft(page_id):
    page = db.session.get(Page, page_id) or abort(404)
    draft = request.get_json(force=True)
    # Editors may use {{ title }} and {{ site_name }} in the draft body; the body arrives in
    # the request and is compiled as a template, so anyone holding an editor session (or a
    # stolen one) runs template code on the server.
    tmpl = current_app.jinja_env.from_string(draft.get("body", ""))  # expect: template-injection
    return jsonify(html=tmpl.render(**page_context(page)))


@bp.post("/admin/pages/<int:page_id>/preview/plain")
@editor_required
def preview_plain(page_id):
    page = db.session.get(Page, page_id) or abort(404)
    draft = request.get_json(force=True)
    html = render_template("page.html", page=page, body=draft.get("body", ""))  # ok: template-injection
    return jsonify(html=html)


@bp.post("/admin/pages/<int:page_id>/announce")
@editor_required
def announce(page_id):
    page = db.session.get(Page, page_id) or abort(404)
    form = request.form
    # Announcement mails: the editor writes the mail in Mako so it can loop over the
    # subscriber's saved topics.
    email_lookup.put_string("announce.mako", form["mail_body"])  # expect: template-injection
    mail = email_lookup.get_template("announce.mako")
    sample = mail.render(page=page, subscriber={"name": "Preview", "topics": ["news"]})
    return Response(sample, mimetype="text/html")


@bp.post("/admin/pages/<int:page_id>/share")
@editor_required
def share_draft(page_id):
    page = db.session.get(Page, page_id) or abort(404)
    # Anyone with the link can read the unpublished draft without signing in.
    token = "".join(random.choices(SLUG_ALPHABET, k=12))  # expect: insecure-random
    share = PageShare(page=page, token=token, created_by=g.user, created_at=datetime.now(timezone.utc))
    db.session.add(share)
    db.session.commit()
    return jsonify(url=f"{current_app.config['SITE_URL']}/shared/{token}")


@bp.get("/shared/<token>")
def shared_draft(token):
    share = PageShare.query.filter_by(token=token).first_or_404()
    return render_template("page.html", page=share.page, body=share.page.draft_html)  # ok: template-injection


@bp.get("/p/<slug>/not-found-help")
def not_found_help(slug):
    suggestions = Page.query.filter(Page.slug.startswith(slug[:3]), Page.published.is_(True)).limit(5).all()
    links = "".join(f'<li><a href="/p/{escape(p.slug)}">{escape(p.title)}</a></li>' for p in suggestions)
    html = f"<p>No page called <code>{slug}</code>. Did you mean:</p><ul>{links}</ul>"
    return Response(html, status=404, mimetype="text/html")  # expect: xss


@socketio.on("draft:typing")
def draft_typing(data):
    emit("draft:typing", {"user": g.user.name, "page": int(data["page"])}, broadcast=True)


def create_app():
    app = Flask(__name__)
    app.config.from_prefixed_env()
    app.register_blueprint(bp)
    db.init_app(app)
    socketio.init_app(app)
    return app


if __name__ == "__main__":
    socketio.run(create_app(), host="0.0.0.0", port=5000, debug=True, allow_unsafe_werkzeug=True)  # expect: debug-mode
