# corpus: path=portal/handlers/account.py
import os

import tornado.escape
import tornado.template
import tornado.web

from portal.search import search
from portal.users import authenticate

EXPORT_DIR = "/srv/portal/exports"
CONTENT_TYPES = {"csv": "text/csv", "json": "application/json"}


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("uid")


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.render("profile.html", user=self.current_user)


class LoginHandler(BaseHandler):
    def get(self):
        self.render("login.html", error=None, next=self.get_argument("next", "/"))

    def post(self):
        user = authenticate(self.get_body_argument("email"), self.get_body_argument("password"))
        if user is None:
            self.render("login.html", error="Invalid email or password", next="/")
            return
        self.set_signed_cookie("uid", str(user.id), httponly=True, secure=True, samesite="Lax")
        self.redirect(self.get_body_argument("next", "/"))  # expect: open-redirect


class SearchHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        q = self.get_argument("q", "")
        results = search(q, owner=self.current_user)
        self.write(f"<h1>{len(results)} results for {q}</h1><ul>")  # expect: xss
        for r in results:
            self.write(f"<li>{tornado.escape.xhtml_escape(r.title)}</li>")  # ok: xss
        self.write("</ul>")


class GreetingHandler(BaseHandler):
    def get(self):
        name = self.get_argument("name", "friend")
        page = tornado.template.Template("<p>Hello " + name + ", welcome back!</p>")  # expect: template-injection
        self.write(page.generate())


class WelcomeHandler(BaseHandler):
    def get(self):
        name = self.get_argument("name", "friend")
        page = tornado.template.Template("<p>Hello {{ name }}, welcome back!</p>")  # ok: template-injection
        self.write(page.generate(name=name))


class ThemeHandler(BaseHandler):
    def post(self):
        theme = self.get_body_argument("theme", "light")
        self.set_cookie("theme", theme if theme in ("light", "dark") else "light")  # ok: insecure-cookie
        self.redirect("/profile")


class ExportHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self, fname):
        fmt = self.get_argument("format", "csv")
        self.set_header("Content-Type", CONTENT_TYPES.get(fmt, "text/plain"))  # ok: header-injection
        with open(os.path.join(EXPORT_DIR, fname), "rb") as fh:  # expect: path-traversal
            self.write(fh.read())


class RawExportHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.set_header("Content-Type", self.get_argument("type", "text/csv"))  # expect: header-injection
        with open(os.path.join(EXPORT_DIR, f"{self.current_user.decode()}.csv"), "rb") as fh:
            self.write(fh.read())


def make_app():
    return tornado.web.Application(
        [
            (r"/profile", ProfileHandler),
            (r"/login", LoginHandler),
            (r"/search", SearchHandler),
            (r"/hello", GreetingHandler),
            (r"/welcome", WelcomeHandler),
            (r"/theme", ThemeHandler),
            (r"/export/([^/]+)", ExportHandler),
            (r"/export-raw", RawExportHandler),
        ],
        cookie_secret=os.environ["COOKIE_SECRET"],
        template_path="templates",
        xsrf_cookies=True,
    )
