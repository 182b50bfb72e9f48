# corpus: path=shelf/rendering.py
import hashlib
import html
import logging
from datetime import datetime
from pathlib import Path

import bleach
import markdown
from flask import Flask, Response, make_response, render_template, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

log = logging.getLogger(__name__)

TEMPLATE_DIR = Path(__file__).parent / "templates"
EMAIL_TEMPLATE_DIR = TEMPLATE_DIR / "email"

ALLOWED_TAGS = ["a", "p", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "br"]
ALLOWED_ATTRS = {"a": ["href", "title", "rel"]}

email_env = Environment(
    loader=FileSystemLoader(EMAIL_TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_markdown(text: str) -> Markup:
    raw_html = markdown.markdown(text or "", extensions=["fenced_code", "sane_lists"])
    cleaned = bleach.clean(raw_html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, protocols=["http", "https", "mailto"], strip=True)
    cleaned = bleach.linkify(cleaned, callbacks=[bleach.callbacks.nofollow])
    return Markup(cleaned)  # ok: xss


def highlight(text: str, term: str) -> Markup:
    if not term:
        return escape(text)
    escaped_text = str(escape(text))
    escaped_term = str(escape(term))
    return Markup(escaped_text.replace(escaped_term, f"<mark>{escaped_term}</mark>"))  # ok: xss


def nl2br(value: str) -> Markup:
    return Markup("<br>\n").join(escape(line) for line in (value or "").splitlines())  # ok: xss


def render_email(name: str, **context) -> tuple[str, str]:
    context.setdefault("year", datetime.now().year)
    html_body = email_env.get_template(f"{name}.html").render(**context)  # ok: template-injection
    text_body = email_env.get_template(f"{name}.txt").render(**context)
    return html_body, text_body


def etag_for(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest() + '"'  # ok: weak-hash


def cached_page(template: str, max_age: int = 60, **context) -> Response:
    body = render_template(template, **context).encode()
    etag = etag_for(body)
    if etag in request.if_none_match:
        return Response(status=304, headers={"ETag": etag})
    response = make_response(body)
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = f"public, max-age={int(max_age)}"
    return response


def plain_error_page(status: int, message: str) -> Response:
    body = f"<!doctype html><title>{status}</title><h1>{status}</h1><p>{html.escape(message)}</p>"  # ok: xss
    return Response(body, status=status, mimetype="text/html")


def register(app: Flask) -> None:
    app.jinja_env.filters["markdown"] = render_markdown
    app.jinja_env.filters["nl2br"] = nl2br
    app.jinja_env.filters["highlight"] = highlight
    app.jinja_env.globals["now"] = datetime.now

    @app.errorhandler(404)
    def not_found(error):
        return render_template("errors/404.html", path=request.path), 404

    @app.errorhandler(500)
    def server_error(error):
        log.exception("unhandled error on %s", request.endpoint)  # ok: log-injection
        return render_template("errors/500.html"), 500

    @app.after_request
    def security_headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' https://covers.openlibrary.org data:; frame-ancestors 'none'",
        )
        return response
