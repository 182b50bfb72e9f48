# corpus: path=portal/handlers.py
import html
from urllib.parse import urlparse

import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_secure_cookie("user")


class LoginHandler(BaseHandler):
    def get(self):
        self.render("login.html", next=self.get_argument("next", "/"))

    def post(self):
        user = self.application.users.check(self.get_argument("username"), self.get_argument("password"))
        if not user:
            self.set_status(401)
            return self.render("login.html", next="/", error="Invalid login")
        self.set_secure_cookie("user", str(user.id), httponly=True, secure=True)
        self.redirect(self.get_argument("next", "/"))  # expect: open-redirect


class SafeLoginHandler(BaseHandler):
    def post(self):
        user = self.application.users.check(self.get_argument("username"), self.get_argument("password"))
        if not user:
            raise tornado.web.HTTPError(401)
        self.set_secure_cookie("user", str(user.id), httponly=True, secure=True)
        target = self.get_argument("next", "/")
        if urlparse(target).netloc or not target.startswith("/") or target.startswith("//"):
            target = "/"
        self.redirect(target)  # ok: open-redirect


class SearchHandler(BaseHandler):
    def get(self):
        q = self.get_argument("q", "")
        results = self.application.index.search(q)
        self.write("<h1>Results for " + q + "</h1>")  # expect: xss
        for r in results:
            self.write("<li>%s</li>" % html.escape(r.title))  # ok: xss


class EchoHandler(BaseHandler):
    def get(self):
        q = self.get_argument("q", "")
        self.write({"query": q, "length": len(q)})  # ok: xss


def make_app(users, index):
    app = tornado.web.Application(
        [(r"/login", LoginHandler), (r"/login2", SafeLoginHandler), (r"/search", SearchHandler), (r"/echo", EchoHandler)],
        cookie_secret=__import__("os").environ["COOKIE_SECRET"],
        xsrf_cookies=True,
    )
    app.users = users
    app.index = index
    return app
