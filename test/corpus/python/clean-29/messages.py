# corpus: path=ledger/i18n/messages.py
"""User-facing strings. Keys are stable identifiers; translators edit the values."""

MESSAGES = {
    "en": {
        "auth.login.title": "Sign in to Ledger",
        "auth.login.password_label": "Password",
        "auth.login.password_placeholder": "Your password",
        "auth.login.forgot_password": "Forgot your password?",
        "auth.login.invalid": "That email and password don't match.",
        "auth.reset.sent": "If an account exists for {email}, we've sent a reset link.",
        "auth.reset.token_expired": "This reset link has expired. Request a new one.",
        "auth.reset.new_password": "New password",
        "auth.reset.confirm_password": "Confirm new password",
        "auth.mfa.secret_hint": "Can't scan? Enter this setup key: {secret}",
        "auth.mfa.recovery_codes": "Store these recovery codes somewhere safe.",
        "api_keys.title": "API keys",
        "api_keys.created": "Copy your new key now. You won't see it again.",
        "api_keys.revoke_confirm": "Revoke {name}? Integrations using it will stop working.",
        "api_keys.secret_key": "Secret key",
        "api_keys.publishable_key": "Publishable key",
        "billing.card.number": "Card number",
        "billing.card.cvc": "CVC",
        "billing.card.placeholder": "4242 4242 4242 4242",
        "billing.iban.placeholder": "DE89 3704 0044 0532 0130 00",
        "webhooks.secret.label": "Signing secret",
        "webhooks.secret.help": "Use this secret to verify the Ledger-Signature header.",
        "errors.generic": "Something went wrong. Our team has been notified.",
        "errors.forbidden": "You don't have access to this page.",
        "errors.rate_limited": "Too many requests. Try again in {seconds} seconds.",
    },
    "de": {
        "auth.login.title": "Bei Ledger anmelden",
        "auth.login.password_label": "Passwort",
        "auth.login.password_placeholder": "Dein Passwort",
        "auth.login.forgot_password": "Passwort vergessen?",
        "auth.login.invalid": "E-Mail und Passwort passen nicht zusammen.",
        "auth.reset.sent": "Falls ein Konto für {email} existiert, haben wir einen Link geschickt.",
        "auth.reset.token_expired": "Dieser Link ist abgelaufen. Fordere einen neuen an.",
        "auth.reset.new_password": "Neues Passwort",
        "auth.reset.confirm_password": "Neues Passwort bestätigen",
        "auth.mfa.secret_hint": "Scannen klappt nicht? Gib diesen Schlüssel ein: {secret}",
        "auth.mfa.recovery_codes": "Bewahre diese Wiederherstellungscodes sicher auf.",
        "api_keys.title": "API-Schlüssel",
        "api_keys.created": "Kopiere den Schlüssel jetzt. Er wird nicht erneut angezeigt.",
        "api_keys.revoke_confirm": "{name} widerrufen? Integrationen damit funktionieren dann nicht mehr.",
        "api_keys.secret_key": "Geheimer Schlüssel",
        "api_keys.publishable_key": "Öffentlicher Schlüssel",
        "billing.card.number": "Kartennummer",
        "billing.card.cvc": "Prüfnummer",
        "billing.card.placeholder": "4242 4242 4242 4242",
        "billing.iban.placeholder": "DE89 3704 0044 0532 0130 00",
        "webhooks.secret.label": "Signaturschlüssel",
        "webhooks.secret.help": "Prüfe damit den Header Ledger-Signature.",
        "errors.generic": "Etwas ist schiefgelaufen. Unser Team ist informiert.",
        "errors.forbidden": "Du hast keinen Zugriff auf diese Seite.",
        "errors.rate_limited": "Zu viele Anfragen. Versuche es in {seconds} Sekunden erneut.",
    },
}

DEFAULT_LOCALE = "en"
SUPPORTED_LOCALES = tuple(MESSAGES)

PASSWORD_FIELD = "password"
TOKEN_QUERY_PARAM = "token"
SECRET_HEADER = "Ledger-Signature"
API_KEY_HEADER = "X-Api-Key"
CSRF_HEADER_NAME = "X-CSRFToken"

PLACEHOLDER_SECRET = "********"
REDACTED = "[redacted]"


def translate(key: str, locale: str = DEFAULT_LOCALE, **params) -> str:
    table = MESSAGES.get(locale) or MESSAGES[DEFAULT_LOCALE]
    template = table.get(key) or MESSAGES[DEFAULT_LOCALE].get(key, key)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def negotiate(accept_language: str | None) -> str:
    if not accept_language:
        return DEFAULT_LOCALE
    for part in accept_language.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in MESSAGES:
            return code
    return DEFAULT_LOCALE
