# corpus: path=admin/handlers.py
import hashlib
import subprocess

import tornado.web


class BackupHandler(tornado.web.RequestHandler):
    def post(self):
        db_name = self.get_body_argument("db")
        out = subprocess.run("pg_dump " + db_name + " > /backups/" + db_name + ".sql", shell=True)  # expect: command-injection
        self.write({"code": out.returncode})


class SafeBackupHandler(tornado.web.RequestHandler):
    def post(self):
        db_name = self.get_body_argument("db")
        out = subprocess.run(["pg_dump", "--file", "/backups/latest.sql", "--", db_name])  # ok: command-injection
        self.write({"code": out.returncode})


class ProfileHandler(tornado.web.RequestHandler):
    def get(self, username):
        self.write("<h1>Profile of " + username + "</h1>")  # expect: xss

    def post(self, username):
        password = self.get_body_argument("password")
        digest = hashlib.sha1(password.encode()).hexdigest()  # expect: weak-hash
        self.application.db.execute("UPDATE users SET pw = %s WHERE name = %s", (digest, username))  # ok: sql-injection
        self.set_secure_cookie("user", username)  # expect: trust-boundary; ok: insecure-cookie
        self.redirect("/profile/" + username)  # ok: open-redirect


def make_app():
    return tornado.web.Application(
        [(r"/backup", BackupHandler), (r"/backup2", SafeBackupHandler), (r"/profile/(\w+)", ProfileHandler)],
        cookie_secret="tornado-cookie-secret-9f8e7d6c5b4a",  # expect: hardcoded-secret
        debug=False,  # ok: debug-mode
    )
