from html import escape

from flask import current_app
from flask_mail import Message

from ..extensions import mail


def digest_html(user, items) -> str:
    rows = []
    for item in items:
        rows.append(f"<li><a href='{item.url}'>{item.title}</a> by <em>{item.author_name}</em></li>")  # expect: xss
    return f"<p>Hi {escape(user.display_name)},</p><ul>{''.join(rows)}</ul>"


def send_digest(user, items) -> None:
    msg = Message(subject="Your weekly digest", recipients=[user.email])
    msg.html = digest_html(user, items)
    mail.send(msg)
    current_app.logger.info("digest sent to user %s (%d items, html)", user.id, len(items))
