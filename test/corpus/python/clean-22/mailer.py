# corpus: path=notify/mailer.py
import hashlib
import hmac
from email.message import EmailMessage
from urllib.parse import urlencode

import aiosmtplib
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from notify.config import Settings

SUPPORTED_LOCALES = {"en", "de", "fr"}


class Mailer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.env = Environment(
            loader=FileSystemLoader(settings.template_dir),
            autoescape=select_autoescape(["html", "xml"]),
            undefined=StrictUndefined,
        )

    def unsubscribe_token(self, email: str) -> str:
        key = self.settings.signing_key.get_secret_value().encode()
        return hmac.new(key, email.lower().encode(), hashlib.sha256).hexdigest()

    def verify_unsubscribe(self, email: str, token: str) -> bool:
        return hmac.compare_digest(self.unsubscribe_token(email), token)

    def unsubscribe_url(self, email: str) -> str:
        query = urlencode({"email": email, "token": self.unsubscribe_token(email)})
        return f"{self.settings.public_base_url}unsubscribe?{query}"

    def render(self, template: str, data: dict, locale: str) -> tuple[str, str, str]:
        locale = locale if locale in SUPPORTED_LOCALES else "en"
        context = {**data, "locale": locale}
        subject = self.env.get_template(f"{locale}/{template}.subject.txt").render(context).strip()
        text = self.env.get_template(f"{locale}/{template}.txt").render(context)
        html = self.env.get_template(f"{locale}/{template}.html").render(context)
        return subject, text, html

    async def send(self, to: str, template: str, data: dict, locale: str = "en") -> None:
        subject, text, html = self.render(template, {**data, "unsubscribe_url": self.unsubscribe_url(to)}, locale)
        message = EmailMessage()
        message["From"] = "Example <no-reply@example.com>"
        message["To"] = to
        message["Subject"] = subject
        message.set_content(text)
        message.add_alternative(html, subtype="html")
        await aiosmtplib.send(
            message,
            hostname=self.settings.smtp_host,
            port=self.settings.smtp_port,
            username=self.settings.smtp_user or None,
            password=self.settings.smtp_password.get_secret_value() or None,
            start_tls=True,
        )
