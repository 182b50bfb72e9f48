# corpus: path=notebook_hub/handlers.py
import json
import logging
import os
import subprocess

import tornado.escape
import tornado.template
import tornado.web
from tornado.httpclient import AsyncHTTPClient

log = logging.getLogger(__name__)
NOTEBOOK_ROOT = "/var/lib/hub/notebooks"
loader = tornado.template.Loader(os.path.join(os.path.dirname(__file__), "templates"))


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        raw = self.get_secure_cookie("hub_user")
        return json.loads(raw) if raw else None

    def write_error(self, status_code, **kwargs):
        self.finish({"error": self._reason, "status": status_code})


class IndexHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.render("index.html", user=self.current_user)


class GreetHandler(BaseHandler):
    def get(self):
        name = self.get_argument("name", "guest")
        self.write(f"<h1>Welcome back, {name}</h1>")  # expect: xss


class GreetEscapedHandler(BaseHandler):
    def get(self):
        name = self.get_argument("name", "guest")
        self.write("<h1>Welcome back, %s</h1>" % tornado.escape.xhtml_escape(name))  # ok: xss


class NotebookHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        rel = self.get_query_argument("path")
        with open(os.path.join(NOTEBOOK_ROOT, self.current_user["name"], rel)) as fh:  # expect: path-traversal
            self.write(json.load(fh))


class RenderHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self):
        body = self.get_body_argument("template")
        page = tornado.template.Template(body).generate(user=self.current_user)  # expect: template-injection
        self.write(page)


class RenderNamedHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.write(loader.load("card.html").generate(title=self.get_argument("title", "")))  # ok: template-injection


class KernelHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self):
        kernel = self.get_body_argument("kernel", "python3")
        subprocess.Popen("jupyter kernel --kernel=" + kernel, shell=True)  # expect: command-injection
        self.set_status(202)


class LogoutHandler(BaseHandler):
    def get(self):
        self.clear_cookie("hub_user")
        self.redirect(self.get_argument("next", "/"))  # expect: open-redirect


class StatusHandler(BaseHandler):
    async def get(self):
        client = AsyncHTTPClient()
        resp = await client.fetch("https://status.hub.example/api/summary", request_timeout=5)  # ok: ssrf
        self.write(json.loads(resp.body))


def make_app(cookie_secret: str) -> tornado.web.Application:
    return tornado.web.Application(
        [
            (r"/", IndexHandler),
            (r"/greet", GreetHandler),
            (r"/greet/safe", GreetEscapedHandler),
            (r"/notebook", NotebookHandler),
            (r"/render", RenderHandler),
            (r"/render/card", RenderNamedHandler),
            (r"/kernel", KernelHandler),
            (r"/logout", LogoutHandler),
            (r"/status", StatusHandler),
        ],
        cookie_secret=cookie_secret,
        login_url="/login",
        xsrf_cookies=True,
    )
