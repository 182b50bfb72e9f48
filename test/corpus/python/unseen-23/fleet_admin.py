# corpus: path=fleet/admin_handlers.py
"""Tornado admin console for the host fleet: restarts, log tails, host checks over SSH."""
import re
import shlex
import subprocess

import paramiko
import tornado.web
from fabric import Connection

SERVICE_RE = re.compile(r"^[a-z][a-z0-9-]{1,40}$")
KNOWN_SERVICES = ("api", "worker", "scheduler", "nginx")


def _ssh(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename="/etc/fleet/deploy_ed25519")
    return client


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_secure_cookie("admin")


class RestartHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self, host: str) -> None:
        service = self.get_body_argument("service")
        client = _ssh(host)
        _, stdout, _ = client.exec_command(f"sudo systemctl restart {service}")  # expect: command-injection
        self.write({"exit": stdout.channel.recv_exit_status()})


class SafeRestartHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self, host: str) -> None:
        service = self.get_body_argument("service")
        if service not in KNOWN_SERVICES:
            raise tornado.web.HTTPError(400)
        client = _ssh(host)
        _, stdout, _ = client.exec_command(f"sudo systemctl restart {service}")  # ok: command-injection
        self.write({"exit": stdout.channel.recv_exit_status()})


class TailHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self, host: str) -> None:
        unit = self.get_argument("unit")
        lines = int(self.get_argument("lines", "200"))
        with Connection(host, user="deploy") as conn:
            result = conn.run(f"journalctl -u {unit} -n {lines} --no-pager", hide=True)  # expect: command-injection
        self.set_header("Content-Type", "text/plain")
        self.write(result.stdout)


class QuotedTailHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self, host: str) -> None:
        unit = self.get_argument("unit")
        with Connection(host, user="deploy") as conn:
            result = conn.run(f"journalctl -u {shlex.quote(unit)} -n 200 --no-pager", hide=True)  # ok: command-injection
        self.set_header("Content-Type", "text/plain")
        self.write(result.stdout)


class PingHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self) -> None:
        target = self.get_argument("host")
        out = subprocess.run(["ping", "-c", "3", target], capture_output=True, text=True, timeout=15)  # ok: command-injection
        self.write({"output": out.stdout})


class DigHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self) -> None:
        target = self.get_argument("host")
        out = subprocess.check_output("dig +short " + target, shell=True, text=True)  # expect: command-injection
        self.write({"output": out})


class ServiceStatusHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self, host: str) -> None:
        service = self.get_argument("service")
        if not SERVICE_RE.match(service):
            raise tornado.web.HTTPError(400)
        with Connection(host, user="deploy") as conn:
            result = conn.sudo(f"systemctl is-active {service}", hide=True, warn=True)  # ok: command-injection
        self.write({"state": result.stdout.strip()})


class LoginHandler(BaseHandler):
    def get(self) -> None:
        nxt = self.get_argument("next", "/")
        self.render("login.html", next=nxt)

    def post(self) -> None:
        nxt = self.get_argument("next", "/")
        self.set_secure_cookie("admin", self.get_body_argument("user"))  # expect: trust-boundary
        self.redirect(nxt)  # expect: open-redirect


class NoteHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self) -> None:
        note = self.get_argument("note", "")
        self.write("<p>Last note: " + note + "</p>")  # expect: xss

    @tornado.web.authenticated
    def post(self) -> None:
        note = self.get_argument("note", "")
        self.write({"saved": note})  # ok: xss


def make_app() -> tornado.web.Application:
    return tornado.web.Application(
        [
            (r"/hosts/([\w.-]+)/restart", RestartHandler),
            (r"/hosts/([\w.-]+)/restart-safe", SafeRestartHandler),
            (r"/hosts/([\w.-]+)/tail", TailHandler),
            (r"/hosts/([\w.-]+)/tail-quoted", QuotedTailHandler),
            (r"/hosts/([\w.-]+)/status", ServiceStatusHandler),
            (r"/ping", PingHandler),
            (r"/dig", DigHandler),
            (r"/login", LoginHandler),
            (r"/notes", NoteHandler),
        ],
        cookie_secret=__import__("os").environ["ADMIN_COOKIE_SECRET"],
        login_url="/login",
        xsrf_cookies=True,
    )
