# corpus: path=storefront/server.py
"""Storefront front end: product search, stock lookups against the regional inventory
services, and the cart session."""
import json
import logging
import secrets
import uuid

import tornado.ioloop
import tornado.web
from tornado.escape import url_escape, xhtml_escape
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.options import define, options, parse_command_line

from .catalog import Catalog
from .carts import CartStore

define("port", default=8888, type=int, help="listen port")
define("debug", default=True, type=bool, help="autoreload and tracebacks in error pages")
define("cookie_secret", default="", help="signing key for secure cookies")

log = logging.getLogger("storefront")
REGIONS = {"eu": "eu-west", "us": "us-east", "ap": "ap-south"}


class BaseHandler(tornado.web.RequestHandler):
    @property
    def catalog(self) -> Catalog:
        return self.application.settings["catalog"]

    @property
    def carts(self) -> CartStore:
        return self.application.settings["carts"]

    def get_current_user(self):
        raw = self.get_signed_cookie("user")
        return raw.decode() if raw else None


class SearchHandler(BaseHandler):
    def get(self):
        query = self.get_argument("q", "")
        results = self.catalog.search(query, limit=40)
        if not results:
            self.write("<p class='empty'>No products found for <b>%s</b>.</p>" % query)  # expect: xss
            return
        self.write("<h2>Results for %s</h2><ul>" % xhtml_escape(query))  # ok: xss
        for p in results:
            self.write(
                "<li><a href='/p/%s'>%s</a> %s</li>"
                % (url_escape(p.slug), xhtml_escape(p.title), xhtml_escape(p.price_label))
            )
        self.write("</ul>")


class StockHandler(BaseHandler):
    async def get(self, sku):
        # The region comes from the storefront's region picker, a query parameter.
        region = self.get_argument("region", "eu")
        http = AsyncHTTPClient()
        resp = await http.fetch(  # expect: ssrf
            f"http://inventory-{region}.svc.internal:8080/v1/stock/{url_escape(sku)}",
            request_timeout=3,
            raise_error=False,
        )
        if resp.code != 200:
            self.set_status(502)
            self.finish({"error": "stock service unavailable"})
            return
        self.finish(json.loads(resp.body))


class RegionalStockHandler(BaseHandler):
    async def get(self, sku):
        zone = REGIONS.get(self.get_argument("region", "eu"), "eu-west")
        req = HTTPRequest(f"http://inventory-{zone}.svc.internal:8080/v1/stock/{url_escape(sku)}", request_timeout=3)
        resp = await AsyncHTTPClient().fetch(req, raise_error=False)  # ok: ssrf
        self.finish(json.loads(resp.body) if resp.code == 200 else {"error": "unavailable"})


class CartHandler(BaseHandler):
    def post(self):
        cart_id = self.get_cookie("cart")
        if not cart_id or not self.carts.exists(cart_id):
            cart_id = uuid.uuid4().hex  # ok: insecure-random
            self.carts.create(cart_id)
            # The cart id is the only thing tying a basket (and its saved address) to a visitor.
            self.set_cookie("cart", cart_id, expires_days=30)  # expect: insecure-cookie
        item = json.loads(self.request.body)
        self.carts.add(cart_id, item["sku"], int(item.get("qty", 1)))
        self.finish({"cart": cart_id, "items": self.carts.count(cart_id)})


class LoginHandler(BaseHandler):
    def post(self):
        user = self.application.settings["accounts"].authenticate(
            self.get_body_argument("email"), self.get_body_argument("password")
        )
        if user is None:
            raise tornado.web.HTTPError(401)
        self.set_signed_cookie("user", str(user.id), httponly=True, secure=True, samesite="Lax")  # ok: insecure-cookie
        self.redirect("/")


def make_app():
    return tornado.web.Application(  # expect: debug-mode
        [
            (r"/search", SearchHandler),
            (r"/stock/([A-Za-z0-9-]+)", StockHandler),
            (r"/stock/regional/([A-Za-z0-9-]+)", RegionalStockHandler),
            (r"/cart", CartHandler),
            (r"/login", LoginHandler),
        ],
        cookie_secret=options.cookie_secret or secrets.token_hex(32),
        debug=options.debug,
        catalog=Catalog.from_env(),
        carts=CartStore.from_env(),
    )


if __name__ == "__main__":
    parse_command_line()
    make_app().listen(options.port)
    tornado.ioloop.IOLoop.current().start()
