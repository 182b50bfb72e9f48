# corpus: path=shelf/constants.py
"""Values shared by the web app, the worker and the mobile API.

Everything in this module is public: it ships to browsers through /api/config or is printed
in the docs. Secrets live in the environment (see shelf/config.py).
"""
from enum import StrEnum
from uuid import UUID

APP_NAME = "Shelf"
SUPPORT_EMAIL = "help@shelf.example.com"
DOCS_URL = "https://docs.shelf.example.com"
STATUS_URL = "https://status.shelf.example.com"

# Public identifiers handed to client SDKs.
STRIPE_PUBLISHABLE_KEY = "pk_live_51HqLyjKX3xQ0cS1a9GmTQ7bW2pYy8z0YtH5mKl9Qm2Vn4Bq"  # ok: hardcoded-secret
STRIPE_PRICE_IDS = {
    "reader_monthly": "price_1OaBcDLkdIwHu7ixQ3pZ9r2K",
    "reader_yearly": "price_1OaBcELkdIwHu7ixW8mN1t5S",
    "club_monthly": "price_1OaBcFLkdIwHu7ixE4vB6y7U",
}
SENTRY_BROWSER_DSN = "https://4f7e2a0b9c8d4e1fa6b3c2d1e0f9a8b7@o450123.ingest.sentry.io/5512345"
POSTHOG_PROJECT_KEY = "phc_8mR2tQwXy4Zb7cVn1KpLs9DfGh3Jk6Ma0NeOuIiYt5R"  # ok: hardcoded-secret
VAPID_PUBLIC_KEY = "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U"  # ok: hardcoded-secret
GOOGLE_OAUTH_CLIENT_ID = "318274612907-5b2k8q1r0e9p7u3c6a4d2f1g0h9j8k7l.apps.googleusercontent.com"
APPLE_TEAM_ID = "9K2L4M6N8P"
RECAPTCHA_SITE_KEY = "6LcR1XkpAAAAAFq3b2xV8nN0sQ7mT5uY4wZ1aB9c"  # ok: hardcoded-secret

# Fixed ids of rows the seed migration creates.
SYSTEM_USER_ID = UUID("00000000-0000-4000-8000-000000000001")
DEFAULT_LIBRARY_ID = UUID("3d9f4b8e-2c1a-4e7f-9b0d-6a5c4e3f2b1a")
PUBLIC_DOMAIN_COLLECTION_ID = UUID("e2b7c6a1-9f3d-4c8e-a5b0-1d2f3e4a5b6c")

# Asset fingerprints pinned for the offline reader; the service worker checks these.
OFFLINE_ASSET_SHA256 = {
    "reader.js": "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
    "reader.css": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
    "fonts/literata.woff2": "486ea46224d1bb4fb680f34f7c9ad96a8f24ec88be73ea8e5a6c65260e9cb8a7",
}
PLACEHOLDER_COVER_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


class LoanStatus(StrEnum):
    ACTIVE = "active"
    RETURNED = "returned"
    OVERDUE = "overdue"
    LOST = "lost"


class TokenScope(StrEnum):
    BOOKS_READ = "books:read"
    BOOKS_WRITE = "books:write"
    LOANS_READ = "loans:read"
    LOANS_WRITE = "loans:write"
    ADMIN = "admin"


class AuditAction(StrEnum):
    LOGIN = "auth.login"
    LOGOUT = "auth.logout"
    PASSWORD_RESET = "auth.password_reset"
    PASSWORD_CHANGED = "auth.password_changed"
    TOKEN_CREATED = "token.created"
    TOKEN_REVOKED = "token.revoked"


SESSION_KEYS = {
    "cart": "shelf_cart",
    "locale": "shelf_locale",
    "csrf": "csrf_token",
    "auth_token": "_auth_token",
}

PASSWORD_FIELD_NAMES = ("password", "new_password", "old_password", "token", "secret", "api_key")

MESSAGES = {
    "en": {
        "auth.invalid": "Invalid email or password.",
        "auth.reset_sent": "If that address has an account, a reset link is on its way.",
        "auth.password_changed": "Your password has been changed.",
        "token.created": "Copy your new token now: it won't be shown again.",
        "loan.overdue": "“{title}” was due on {due_date}.",
    },
    "de": {
        "auth.invalid": "Ungültige E-Mail-Adresse oder ungültiges Passwort.",
        "auth.reset_sent": "Falls ein Konto existiert, ist ein Link unterwegs.",
        "auth.password_changed": "Dein Passwort wurde geändert.",
        "token.created": "Kopiere dein neues Token jetzt: es wird nicht noch einmal angezeigt.",
        "loan.overdue": "„{title}“ war am {due_date} fällig.",
    },
    "fr": {
        "auth.invalid": "Adresse e-mail ou mot de passe incorrect.",
        "auth.reset_sent": "Si un compte existe pour cette adresse, un lien vous a été envoyé.",
        "auth.password_changed": "Votre mot de passe a été modifié.",
        "token.created": "Copiez votre nouveau jeton maintenant : il ne sera plus affiché.",
        "loan.overdue": "« {title} » devait être rendu le {due_date}.",
    },
}

RATE_LIMITS = {
    "login": "10/minute",
    "password_reset": "5/hour",
    "api_default": "1000/hour",
}

EXAMPLE_API_TOKEN = "shelf_tok_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
EXAMPLE_CURL = f'curl -H "Authorization: Bearer {EXAMPLE_API_TOKEN}" https://api.shelf.example.com/v1/books'
