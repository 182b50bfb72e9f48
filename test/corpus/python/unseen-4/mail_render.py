# corpus: path=notifications/render.py
from flask import Blueprint, render_template_string, request
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

bp = Blueprint("mail", __name__)
env = Environment(loader=FileSystemLoader("templates/mail"), autoescape=select_autoescape(), undefined=StrictUndefined)
sandbox = ImmutableSandboxedEnvironment(autoescape=True)


@bp.post("/mail/preview")
def preview():
    subject = request.form.get("subject", "")
    body = request.form.get("body", "")
    return render_template_string("<h3>{{ subject }}</h3><div>{{ body }}</div>", subject=subject, body=body)  # ok: template-injection


@bp.post("/mail/custom")
def custom():
    layout = request.form["layout"]
    return render_template_string(layout, user=request.form.get("user", ""))  # expect: template-injection


@bp.post("/mail/custom-sandboxed")
def custom_sandboxed():
    layout = request.form["layout"]
    return sandbox.from_string(layout).render(user=request.form.get("user", ""))  # ok: template-injection


@bp.post("/mail/footer")
def footer():
    company = request.form.get("company", "Acme")
    tpl = env.from_string("<footer>" + company + " - {{ year }}</footer>")  # expect: template-injection
    return tpl.render(year=2025)
