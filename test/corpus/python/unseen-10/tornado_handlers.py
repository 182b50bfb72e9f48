# corpus: path=chat/handlers.py
import json
import logging
import os
import secrets

import tornado.web

from .store import Sessions, Users

log = logging.getLogger(__name__)


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        sid = self.get_cookie("chat_sid")
        return Sessions.lookup(sid) if sid else None

    def write_error(self, status_code, **kwargs):
        self.finish({"error": self._reason})


class LoginHandler(BaseHandler):
    async def post(self):
        body = json.loads(self.request.body)
        user = await Users.check(body["username"], body["password"])
        if user is None:
            raise tornado.web.HTTPError(401)
        sid = secrets.token_urlsafe(32)
        await Sessions.save(sid, user.id)
        self.set_cookie("chat_sid", sid, expires_days=14)  # expect: insecure-cookie
        self.set_cookie("chat_nick", user.nickname, expires_days=365)
        self.write({"ok": True})


class RememberHandler(BaseHandler):
    async def post(self):
        token = secrets.token_urlsafe(32)
        await Sessions.remember(self.current_user.id, token)
        self.set_cookie("remember_token", token, httponly=True, secure=True, samesite="Strict")  # ok: insecure-cookie
        self.write({"ok": True})


class StatusHandler(BaseHandler):
    def get(self):
        self.write({"status": "ok", "version": os.getenv("APP_VERSION", "dev")})


def make_app():
    return tornado.web.Application(
        [(r"/login", LoginHandler), (r"/remember", RememberHandler), (r"/status", StatusHandler)],
        cookie_secret=os.environ["CHAT_COOKIE_SECRET"],  # ok: hardcoded-secret
        xsrf_cookies=True,
        debug=os.getenv("TORNADO_DEBUG") == "1",  # ok: debug-mode
    )
