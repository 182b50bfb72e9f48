# corpus: path=notifications/render.py
"""Renders notification e-mails and the in-app preview."""
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = "notifications/templates"

env = Environment(  # expect: xss
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=False,
    trim_blocks=True,
)

preview_env = Environment(  # ok: xss
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
)

text_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=True)  # ok: xss


def render_email(template_name: str, **context) -> str:
    return env.get_template(template_name).render(**context)


def render_preview(template_name: str, **context) -> str:
    return preview_env.get_template(template_name).render(**context)
