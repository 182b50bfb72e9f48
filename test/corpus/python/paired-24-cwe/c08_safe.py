# corpus: path=app/mail/render.py
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates/mail"), autoescape=select_autoescape(["html"]))  # ok: xss


def render_digest(user, items):
    return env.get_template("digest.html").render(user=user, items=items)
