# corpus: path=app/newsletter/routes.py
import os
import random

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    render_template_string,
    request,
    send_file,
    send_from_directory,
    url_for,
)
from flask_login import current_user, login_required
from jinja2 import Environment, Template
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape
from werkzeug.utils import secure_filename

from app.extensions import db
from app.newsletter.models import Issue, Subscriber

bp = Blueprint("newsletter", __name__, url_prefix="/newsletter")
sandbox = SandboxedEnvironment(autoescape=True)
plain_env = Environment(autoescape=True)

FOOTER = "<footer>You receive this because you subscribed to {{ list_name }}.</footer>"


def _wrap(body: str) -> str:
    return "<html><body>" + body + FOOTER + "</body></html>"


@bp.get("/")
def index():
    issues = Issue.query.filter_by(published=True).order_by(Issue.sent_at.desc()).limit(20).all()
    return render_template("newsletter/index.html", issues=issues)


@bp.post("/preview")
@login_required
def preview():
    body = request.form.get("body", "")
    return render_template_string(_wrap(body), list_name=current_app.config["LIST_NAME"])  # expect: template-injection


@bp.post("/preview/safe")
@login_required
def preview_safe():
    body = request.form.get("body", "")
    return render_template_string(_wrap("{{ body }}"), body=body, list_name=current_app.config["LIST_NAME"])  # ok: template-injection


@bp.get("/issues/<int:issue_id>/render")
@login_required
def render_issue(issue_id: int):
    issue = db.get_or_404(Issue, issue_id)
    html = Template(issue.body_template).render(user=current_user)  # expect: template-injection
    return html


@bp.get("/issues/<int:issue_id>/render/sandboxed")
@login_required
def render_issue_sandboxed(issue_id: int):
    issue = db.get_or_404(Issue, issue_id)
    html = sandbox.from_string(issue.body_template).render(user=current_user)  # ok: template-injection
    return html


@bp.get("/issues/<int:issue_id>/subject")
@login_required
def subject_line(issue_id: int):
    issue = db.get_or_404(Issue, issue_id)
    subject = plain_env.from_string(issue.subject_template).render(first_name=current_user.first_name)  # expect: template-injection
    return {"subject": subject}


@bp.get("/greeting")
def greeting():
    name = request.args.get("name", "reader")
    return make_response(f"<h2>Hello {name}!</h2>")  # expect: xss


@bp.get("/greeting/v2")
def greeting_v2():
    name = request.args.get("name", "reader")
    return make_response(f"<h2>Hello {escape(name)}!</h2>")  # ok: xss


@bp.get("/banner")
def banner():
    text = request.args.get("text", "")
    return render_template("newsletter/banner.html", banner=Markup(f"<strong>{text}</strong>"))  # expect: xss


@bp.get("/banner/v2")
def banner_v2():
    text = request.args.get("text", "")
    return render_template("newsletter/banner.html", banner=Markup("<strong>{}</strong>").format(text))  # ok: xss


@bp.get("/archive/<path:filename>")
def archive(filename: str):
    return send_from_directory(current_app.config["ARCHIVE_DIR"], filename)  # ok: path-traversal


@bp.get("/attachments")
@login_required
def attachment():
    filename = request.args.get("f", "")
    full = os.path.join(current_app.config["ATTACHMENT_DIR"], filename)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full)  # expect: path-traversal


@bp.post("/attachments")
@login_required
def upload_attachment():
    uploaded = request.files["file"]
    name = secure_filename(uploaded.filename or "")
    if not name:
        abort(400)
    uploaded.save(os.path.join(current_app.config["ATTACHMENT_DIR"], name))  # ok: path-traversal
    flash("Attachment uploaded")
    return redirect(url_for("newsletter.index"))


@bp.post("/subscribe")
def subscribe():
    email = request.form["email"].strip().lower()
    sub = Subscriber.query.filter_by(email=email).first() or Subscriber(email=email)
    sub.confirm_code = str(random.randint(100000, 999999))  # expect: insecure-random
    db.session.add(sub)
    db.session.commit()
    return redirect(request.form.get("return_to") or url_for("newsletter.index"))  # expect: open-redirect


@bp.get("/unsubscribe")
def unsubscribe():
    sub = Subscriber.query.filter_by(token=request.args.get("token", "")).first_or_404()
    sub.active = False
    db.session.commit()
    return redirect(url_for("newsletter.index", bye=1))  # ok: open-redirect


def pick_featured(issues: list[Issue]) -> Issue | None:
    return random.choice(issues) if issues else None  # ok: insecure-random
