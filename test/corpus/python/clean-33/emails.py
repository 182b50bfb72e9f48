# corpus: path=portal/notifications/emails.py
import logging
import smtplib
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from jinja2 import Environment, PackageLoader, select_autoescape

from portal.config import settings

log = logging.getLogger(__name__)

env = Environment(
    loader=PackageLoader("portal", "templates/email"),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
env.filters["money"] = lambda cents: f"{cents / 100:,.2f}"


def render_email(template: str, **context) -> tuple[str, str]:
    html = env.get_template(f"{template}.html").render(**context)
    text = env.get_template(f"{template}.txt").render(**context)
    return html, text


def build_message(to_address: str, to_name: str, subject: str, template: str, **context) -> EmailMessage:
    html, text = render_email(template, **context)
    msg = EmailMessage()
    msg["From"] = formataddr((settings.mail_from_name, settings.mail_from_address))
    msg["To"] = formataddr((to_name, to_address))
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain=settings.mail_domain)
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def send(msg: EmailMessage) -> None:
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=15) as smtp:
        smtp.starttls()
        smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(msg)
    log.info("sent %s to %s", msg["Subject"], msg["To"])


def send_receipt(user, invoice) -> None:
    msg = build_message(
        user.email,
        user.name,
        f"Receipt for invoice {invoice.number}",
        "receipt",
        user=user,
        invoice=invoice,
        lines=invoice.lines,
    )
    send(msg)


def send_export_ready(user, download_url: str, expires_in_hours: int) -> None:
    msg = build_message(
        user.email,
        user.name,
        "Your data export is ready",
        "export_ready",
        user=user,
        download_url=download_url,
        expires_in_hours=expires_in_hours,
    )
    send(msg)
