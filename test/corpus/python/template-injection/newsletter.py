# corpus: path=newsletter/views.py
"""Newsletter previews for editors."""
import jinja2
from flask import Blueprint, render_template, render_template_string, request
from jinja2.sandbox import SandboxedEnvironment

bp = Blueprint("newsletter", __name__)
sandbox = SandboxedEnvironment(autoescape=True)
FOOTER = "<footer>{{ company }} · <a href='{{ unsubscribe }}'>unsubscribe</a></footer>"


@bp.post("/preview")
def preview():
    body = request.form.get("body", "")
    page = "<article>" + body + "</article>" + FOOTER
    return render_template_string(page, company="Acme", unsubscribe="#")  # expect: template-injection


@bp.post("/preview-sandboxed")
def preview_sandboxed():
    body = request.form.get("body", "")
    return sandbox.from_string(body).render(company="Acme")  # ok: template-injection


@bp.get("/footer")
def footer():
    return render_template_string(FOOTER, company="Acme", unsubscribe="#")  # ok: template-injection


@bp.post("/subject")
def subject_line():
    tpl = request.get_json()["subject"]
    rendered = jinja2.Template(tpl).render(first_name="Ada")  # expect: template-injection
    return {"subject": rendered}


@bp.get("/archive")
def archive():
    issue = request.args.get("issue", "latest")
    return render_template("newsletter/archive.html", issue=issue)  # ok: template-injection
