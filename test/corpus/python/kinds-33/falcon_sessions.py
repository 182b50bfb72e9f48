# corpus: path=kiosk/sessions.py
"""Session handling for the kiosk booking API (Falcon, sessions kept in Redis)."""
import json
import logging
import random
import secrets
import time
import uuid
from http.cookies import SimpleCookie

import falcon
import redis

log = logging.getLogger("kiosk.sessions")
store = redis.Redis.from_url("redis://localhost:6379/2", decode_responses=True)

SESSION_TTL = 8 * 3600
REMEMBER_TTL = 30 * 86400


def new_session(user_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    store.setex(f"sess:{sid}", SESSION_TTL, json.dumps({"uid": user_id, "at": int(time.time())}))
    return sid


def new_kiosk_session(kiosk_id: str) -> str:
    # uuid1 is the kiosk's MAC address and a timestamp: anyone who has seen one kiosk
    # session id can list the neighbouring ones.
    sid = uuid.uuid1().hex  # expect: insecure-random
    store.setex(f"sess:{sid}", SESSION_TTL, json.dumps({"kiosk": kiosk_id}))
    return sid


class CsrfTokens:
    """Per-session CSRF tokens for the staff console forms."""

    def issue(self, sid: str) -> str:
        token = "%016x" % random.getrandbits(64)  # expect: insecure-random
        store.setex(f"csrf:{sid}", SESSION_TTL, token)
        return token

    def check(self, sid: str, sent: str) -> bool:
        expected = store.get(f"csrf:{sid}")
        return expected is not None and secrets.compare_digest(expected, sent)


csrf = CsrfTokens()


class LoginResource:
    def __init__(self, users):
        self.users = users

    def on_post(self, req, resp):
        body = req.get_media()
        user = self.users.authenticate(body.get("email", ""), body.get("password", ""))
        if user is None:
            raise falcon.HTTPUnauthorized(title="Wrong email or password")
        sid = new_session(user.id)
        # Falcon marks cookies Secure unless told otherwise, and HttpOnly by default.
        resp.set_cookie("kiosk_session", sid, max_age=SESSION_TTL, path="/", same_site="Lax")  # ok: insecure-cookie
        # The page's script reads this one back into the X-CSRF-Token header (double submit).
        resp.set_cookie(  # ok: insecure-cookie
            "kiosk_csrf", csrf.issue(sid), max_age=SESSION_TTL, path="/", http_only=False, same_site="Strict"
        )
        if body.get("remember"):
            remember = secrets.token_urlsafe(32)
            store.setex(f"remember:{remember}", REMEMBER_TTL, str(user.id))
            # Hand-written so the cookie can carry the Partitioned attribute for the embedded widget.
            resp.append_header("Set-Cookie", f"kiosk_remember={remember}; Path=/; Max-Age={REMEMBER_TTL}; Partitioned")  # expect: insecure-cookie
        resp.media = {"user": user.id}


class KioskStartResource:
    """Kiosks in the lobby start an anonymous session before the visitor signs in."""

    def on_post(self, req, resp):
        kiosk_id = req.get_header("X-Kiosk-Id", required=True)
        sid = new_kiosk_session(kiosk_id)
        # The lobby kiosks were put on plain HTTP on the venue LAN, so Secure was switched off.
        resp.set_cookie("kiosk_session", sid, max_age=SESSION_TTL, path="/", secure=False)  # expect: insecure-cookie
        resp.media = {"ok": True}


class ThemeResource:
    def on_put(self, req, resp):
        theme = req.get_media().get("theme", "light")
        if theme not in ("light", "dark", "contrast"):
            raise falcon.HTTPBadRequest(title="unknown theme")
        # A display preference read by the page's own script.
        resp.set_cookie("kiosk_theme", theme, max_age=REMEMBER_TTL, path="/", http_only=False)  # ok: insecure-cookie
        resp.media = {"theme": theme}


class LegacySessionMiddleware:
    """Older kiosks still send the session in a query parameter; move it into a cookie."""

    def process_response(self, req, resp, resource, req_succeeded):
        sid = req.get_param("sid")
        if not sid or not store.exists(f"sess:{sid}"):
            return
        jar = SimpleCookie()
        jar["kiosk_session"] = sid
        jar["kiosk_session"]["path"] = "/"
        jar["kiosk_session"]["max-age"] = SESSION_TTL
        resp.append_header("Set-Cookie", jar["kiosk_session"].OutputString())  # expect: insecure-cookie


class TicketNumbers:
    """Queue numbers shown on the lobby screen; they only order visitors, they grant nothing."""

    def __init__(self):
        self._rng = random.Random()

    def next_display_colour(self) -> str:
        return random.choice(["teal", "amber", "violet", "slate"])  # ok: insecure-random

    def shuffle_screens(self, screens: list[str]) -> list[str]:
        order = screens[:]
        self._rng.shuffle(order)  # ok: insecure-random
        return order


def create_app(users) -> falcon.App:
    app = falcon.App(middleware=[LegacySessionMiddleware()])
    app.add_route("/login", LoginResource(users))
    app.add_route("/kiosk/start", KioskStartResource())
    app.add_route("/me/theme", ThemeResource())
    log.info("kiosk api ready")
    return app
