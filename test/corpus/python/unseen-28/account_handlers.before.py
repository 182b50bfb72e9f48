import os

import tornado.escape
import tornado.web

from portal.search import search
from portal.users import authenticate

EXPORT_DIR = "/srv/portal/exports"


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("uid")


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.render("profile.html", user=self.current_user)


class LoginHandler(BaseHandler):
    def get(self):
        self.render("login.html", error=None)

    def post(self):
        user = authenticate(self.get_body_argument("email"), self.get_body_argument("password"))
        if user is None:
            self.render("login.html", error="Invalid email or password")
            return
        self.set_signed_cookie("uid", str(user.id), httponly=True, secure=True, samesite="Lax")
        self.redirect("/")


def make_app():
    return tornado.web.Application(
        [
            (r"/profile", ProfileHandler),
            (r"/login", LoginHandler),
        ],
        cookie_secret=os.environ["COOKIE_SECRET"],
        template_path="templates",
        xsrf_cookies=True,
    )
