# corpus: path=cards/views.py
from flask import Blueprint, render_template, render_template_string, request
from jinja2 import Template
from jinja2.sandbox import SandboxedEnvironment

bp = Blueprint("cards", __name__)
sandbox = SandboxedEnvironment()

CARD_TEMPLATE = "<div class='card'><h2>{{ title }}</h2><p>{{ message }}</p></div>"


@bp.get("/cards/preview")
def preview():
    message = request.args.get("message", "Happy birthday!")
    return render_template_string("<div class='card'><p>" + message + "</p></div>")  # expect: template-injection


@bp.get("/cards/preview-safe")
def preview_safe():
    message = request.args.get("message", "Happy birthday!")
    return render_template_string(CARD_TEMPLATE, title="Card", message=message)  # ok: template-injection


@bp.post("/cards/custom")
def custom():
    layout = request.form["layout"]
    html = Template(layout).render(name=request.form.get("name", "friend"))  # expect: template-injection
    return html


@bp.post("/cards/custom-sandboxed")
def custom_sandboxed():
    layout = request.form["layout"]
    html = sandbox.from_string(layout).render(name=request.form.get("name", "friend"))  # ok: template-injection
    return html


@bp.get("/cards/<int:card_id>")
def show(card_id):
    return render_template("cards/show.html", card_id=card_id)
