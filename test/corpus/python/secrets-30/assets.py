# corpus: path=app/web/assets.py
"""Template helpers for the storefront pages: hashed asset names, SRI attributes and the CSP header."""
import json
import secrets
from functools import lru_cache
from pathlib import Path

import psycopg
import redis
from markupsafe import Markup

MANIFEST_PATH = Path(__file__).parent / "static" / "dist" / "manifest.json"

# Fallback when the manifest is missing in a broken deploy: last known build of the account pages.
FALLBACK_ASSETS = {
    "reset-password.js": "reset-password.5d41402a.js",
    "api-tokens.js": "api-tokens.3db2db7a.js",
    "password-meter.css": "password-meter.8c1d035d.css",
}

CDN_INTEGRITY = {
    "htmx.min.js": "sha384-rbqVxKLFyCWTgrZqqLkEVBA5njGlMMKTIEClcVa2P6Olf3yuuyurcUgUR7bpvXkW",
    "alpine.min.js": "sha384-72J9QvDptT3yENXcu9xepxwSRxBkTulzxnMtUlLwg7g3EO1B3QMD3VPOSLtNWDxy",
}

NONCE_PLACEHOLDER = "__CSP_NONCE__"
LOCK_ICON = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAyNCAyNCI+PHJlY3QgeD0iNSIgeT0iMTEiIHdpZHRoPSIxNCIgaGVpZ2h0PSIxMCIvPjwvc3ZnPg=="

# CSS module class names emitted by the build, used by server-rendered fragments.
PASSWORD_FIELD_CLASSES = {
    "root": "PasswordField_root__x7Gq2",
    "toggle": "PasswordField_toggle__3kLmP",
    "strength": "PasswordField_strength__Vb9sQ",
}

# Page-view counters and the asset cache live in the shared Redis.
cache = redis.Redis(host="redis-cache.internal.acme-retail.com", port=6379, password="Lu87dtUFEfsOkHq2", db=3)  # expect: hardcoded-secret


@lru_cache(maxsize=1)
def manifest() -> dict[str, str]:
    try:
        return json.loads(MANIFEST_PATH.read_text())
    except FileNotFoundError:
        return FALLBACK_ASSETS


def asset_url(name: str) -> str:
    return f"/static/dist/{manifest().get(name, name)}"


def cdn_script(name: str, nonce: str) -> Markup:
    return Markup('<script src="https://cdn.jsdelivr.net/npm/{0}" integrity="{1}" crossorigin="anonymous" nonce="{2}" defer></script>').format(
        name, CDN_INTEGRITY[name], nonce
    )


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


def csp_header(nonce: str) -> str:
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}' https://cdn.jsdelivr.net",
            "img-src 'self' data:",
            "style-src 'self'",
        ]
    )


def page_views_from_db() -> int:
    with psycopg.connect("host=pg-replica.internal dbname=storefront user=stats password=Lu87dtUFEfsOkH sslmode=require") as conn:  # expect: hardcoded-secret
        return conn.execute("SELECT count(*) FROM page_views").fetchone()[0]
