# corpus: path=inventory/api.py
import hashlib
import os
import random

import falcon
import falcon.asgi

from .auth import authenticate, issue_session
from .db import items

API_SECRET = os.environ.get("INVENTORY_API_SECRET") or "inv-9f3Kq2Lm8Xv5Tb1Nc7Wp4Zr6"  # expect: hardcoded-secret


class SessionResource:
    async def on_post(self, req, resp):
        data = await req.get_media()
        user = await authenticate(data.get("email"), data.get("password"))
        if not user:
            raise falcon.HTTPUnauthorized()
        sid = await issue_session(user)
        resp.set_cookie("inv_session", sid, max_age=3600, path="/")  # ok: insecure-cookie
        resp.media = {"ok": True}


class ItemsResource:
    async def on_get(self, req, resp):
        page = req.get_param_as_int("page", default=1)
        resp.media = await items.page(page)
        resp.set_header("ETag", hashlib.md5(repr(resp.media).encode()).hexdigest())  # ok: weak-hash


class PickResource:
    async def on_get(self, req, resp):
        batch = await items.all()
        resp.media = random.sample(batch, k=min(5, len(batch)))  # ok: insecure-random


def device_pairing_code() -> str:
    return "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))  # expect: insecure-random


def api_key_hash(api_key: str) -> str:
    return hashlib.sha1(api_key.encode()).hexdigest()  # expect: weak-hash


app = falcon.asgi.App(cors_enable=True)  # ok: permissive-cors
app.add_route("/session", SessionResource())
app.add_route("/items", ItemsResource())
app.add_route("/pick", PickResource())
