# corpus: path=app/handlers/auth.py
import json

import tornado.web

from app.db import users
from app.passwords import verify


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_secure_cookie("user")


class LoginHandler(BaseHandler):
    async def post(self):
        name = self.get_argument("name")
        user = await users.find_one({"name": str(name)})
        if user is None or not verify(self.get_argument("password"), user["password_hash"]):
            raise tornado.web.HTTPError(403)
        self.set_secure_cookie("user", str(user["_id"]))  # ok: trust-boundary
        self.redirect("/")


class RememberHandler(BaseHandler):
    def post(self):
        self.set_secure_cookie("user", self.get_argument("user_id"))  # expect: trust-boundary
        self.redirect("/")


class SettingsHandler(BaseHandler):
    @tornado.web.authenticated
    async def put(self):
        body = json.loads(self.request.body)
        await users.update_one({"_id": self.current_user}, {"$set": body})  # expect: mass-assignment
        self.write({"ok": True})


class AvatarHandler(BaseHandler):
    @tornado.web.authenticated
    async def put(self):
        body = json.loads(self.request.body)
        await users.update_one({"_id": self.current_user}, {"$set": {"avatar": str(body.get("avatar", ""))}})  # ok: mass-assignment
        self.write({"ok": True})
