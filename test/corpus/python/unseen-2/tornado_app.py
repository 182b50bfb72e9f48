# corpus: path=realtime/server.py
import os

import tornado.ioloop
import tornado.web
from tornado.template import Template


class EchoHandler(tornado.web.RequestHandler):
    def get(self):
        msg = self.get_argument("msg", "")
        self.write("<p>" + msg + "</p>")  # expect: xss

    def post(self):
        self.write({"echo": self.get_argument("msg", "")})  # ok: xss


class PreviewHandler(tornado.web.RequestHandler):
    def post(self):
        tpl = Template(self.get_body_argument("template"))  # expect: template-injection
        self.write(tpl.generate(user="guest"))


class FileHandler(tornado.web.RequestHandler):
    def get(self, name):
        with open(os.path.join("/srv/files", name), "rb") as fh:  # expect: path-traversal
            self.write(fh.read())


class GoHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("to"))  # expect: open-redirect


def make_app():
    return tornado.web.Application(
        [(r"/echo", EchoHandler), (r"/preview", PreviewHandler), (r"/files/(.*)", FileHandler), (r"/go", GoHandler)],
        debug=True,  # expect: debug-mode
        cookie_secret=os.environ["COOKIE_SECRET"],
    )


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
