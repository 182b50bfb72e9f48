# corpus: path=dashboard/server.py
"""Operations dashboard: a small Tornado app the on-call team opens from the VPN and the
status page embeds for customers."""
import asyncio
import logging
import os
import secrets

import tornado.escape
import tornado.web
from tornado.options import define, options, parse_command_line

from .metrics import MetricsClient

define("port", default=8890, type=int)
define("profile", default=False, type=bool, help="enable the dev profile (autoreload, tracebacks)")

log = logging.getLogger("dashboard")
metrics = MetricsClient(os.environ.get("METRICS_URL", "http://localhost:9090"))


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        raw = self.get_signed_cookie("dash_user", max_age_days=1)
        return raw.decode() if raw else None


class LoginHandler(BaseHandler):
    async def post(self):
        user = await metrics.check_operator(self.get_body_argument("email"), self.get_body_argument("password"))
        if user is None:
            raise tornado.web.HTTPError(401)
        self.set_signed_cookie("dash_user", user.email, expires_days=1, httponly=True, secure=True, samesite="Lax")  # ok: insecure-cookie
        api_session = secrets.token_urlsafe(32)
        await metrics.store_session(api_session, user.email)
        # The charts' fetch() calls send this one in a header, so it was left readable by script.
        self.set_cookie("dash_api_session", api_session, expires_days=1, secure=True, samesite="Strict")  # expect: insecure-cookie
        self.set_cookie("dash_tz", self.get_body_argument("tz", "UTC"), expires_days=365)  # ok: insecure-cookie
        self.redirect("/")


class SeriesHandler(BaseHandler):
    @tornado.web.authenticated
    async def get(self):
        # ?metric=cpu&metric=mem&title=... : the status page links here with its own
        # parameters, and anyone can craft such a link.
        names = self.get_arguments("metric")
        title = self.get_argument("title", "Series")
        series = await asyncio.gather(*(metrics.latest(n) for n in names))
        rows = [f"<tr><th>{name}</th><td>{value:.2f}</td></tr>" for name, value in zip(names, series)]
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.write("<h2>" + tornado.escape.xhtml_escape(title) + "</h2>")  # ok: xss
        self.write("<table class='series'>" + "".join(rows) + "</table>")  # expect: xss


class LegendHandler(BaseHandler):
    async def get(self):
        names = self.get_arguments("metric")
        items = "".join(f"<li>{tornado.escape.xhtml_escape(n)}</li>" for n in names)
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.finish(f"<ul class='legend'>{items}</ul>")  # ok: xss


class EmbedHandler(BaseHandler):
    """The status page iframes this with ?caption=... chosen by whoever wrote the link."""

    async def get(self):
        caption = self.get_argument("caption", "")
        parts = ["<!doctype html><html><body>"]
        parts.append("<figure><div id='chart'></div>")
        if caption:
            parts.append(f"<figcaption>{caption}</figcaption>")
        parts.append("</figure><script src='/static/chart.js'></script></body></html>")
        page = "\n".join(parts)
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.finish(page)  # expect: xss


class HealthHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"ok": True})


SETTINGS = {
    "cookie_secret": os.environ["DASHBOARD_COOKIE_SECRET"],
    "login_url": "/login",
    "xsrf_cookies": True,
    "xsrf_cookie_kwargs": {"secure": True, "httponly": True, "samesite": "Strict"},
    "template_path": os.path.join(os.path.dirname(__file__), "templates"),
    "static_path": os.path.join(os.path.dirname(__file__), "static"),
}


def make_app():
    return tornado.web.Application(
        [
            (r"/login", LoginHandler),
            (r"/series", SeriesHandler),
            (r"/legend", LegendHandler),
            (r"/embed", EmbedHandler),
            (r"/healthz", HealthHandler),
        ],
        debug=options.profile,  # ok: debug-mode
        **SETTINGS,
    )


def make_status_app():
    # The public status page process; the team wanted tracebacks while the embed was new.
    return tornado.web.Application([(r"/embed", EmbedHandler), (r"/healthz", HealthHandler)], serve_traceback=True, **SETTINGS)  # expect: debug-mode


async def main():
    parse_command_line()
    app = make_app()
    app.listen(options.port)
    make_status_app().listen(options.port + 1)
    log.info("dashboard on :%d, status embed on :%d", options.port, options.port + 1)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
