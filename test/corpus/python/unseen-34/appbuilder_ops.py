# corpus: path=opsconsole/views/deploy.py
"""Operator console pages (Flask-AppBuilder). Each page runs a maintenance command on a fleet host."""
import logging
import os
import re

import pexpect
from flask import abort, flash, redirect, request
from flask_appbuilder import BaseView, expose, has_access
from plumbum import local

log = logging.getLogger("opsconsole")

ALLOWED_SERVICES = {"api", "worker", "scheduler", "nginx"}
HOST_RE = re.compile(r"^[a-z0-9-]+\.fleet\.internal$")
BACKUP_DIR = "/var/backups/opsconsole"
git = local["git"]


class DeployView(BaseView):
    route_base = "/ops"

    @expose("/restart/<host>/<service>")
    @has_access
    def restart(self, host, service):
        # ssh hands the command line to the remote user's shell.
        child = pexpect.spawn(f"ssh deploy@{host} sudo systemctl restart {service}", timeout=60)  # expect: command-injection
        child.expect(pexpect.EOF)
        flash(f"{service} restarted on {host}", "info")
        return redirect(self.get_redirect())

    @expose("/v2/restart/<host>/<service>")
    @has_access
    def restart_v2(self, host, service):
        if service not in ALLOWED_SERVICES or not HOST_RE.match(host):
            abort(400)
        child = pexpect.spawn("ssh", [f"deploy@{host}", "sudo", "systemctl", "restart", service], timeout=60)  # ok: command-injection
        child.expect(pexpect.EOF)
        flash(f"{service} restarted on {host}", "info")
        return redirect(self.get_redirect())  # ok: open-redirect

    @expose("/backup", methods=["POST"])
    @has_access
    def backup(self):
        database = request.form["database"]
        target = os.path.join(BACKUP_DIR, f"{database}.sql.gz")
        child = pexpect.spawn("/bin/bash", ["-c", f"pg_dump {database} | gzip > {target}"])  # expect: command-injection
        child.expect(pexpect.EOF, timeout=3600)
        return redirect(request.args.get("next", "/ops"))  # expect: open-redirect

    @expose("/v2/backup", methods=["POST"])
    @has_access
    def backup_v2(self):
        database = request.form["database"]
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", database):
            abort(400)
        target = os.path.join(BACKUP_DIR, f"{database}.sql.gz")
        dump = (local["pg_dump"]["--format=custom", database] | local["gzip"]) > target
        dump()  # ok: command-injection
        return redirect("/ops")

    @expose("/changelog")
    @has_access
    def changelog(self):
        ref = request.args.get("ref", "HEAD")
        # plumbum passes each argument to git as its own argv entry; no shell is involved.
        log_text = git("-C", "/srv/app", "log", "--oneline", "-n", "50", "--end-of-options", ref)  # ok: command-injection
        return self.render_template("ops/changelog.html", log_text=log_text)

    @expose("/grep")
    @has_access
    def grep_logs(self):
        pattern = request.args.get("q", "")
        sh = local["sh"]
        out = sh("-c", f"grep -h '{pattern}' /var/log/app/*.log | tail -n 200")  # expect: command-injection
        return self.render_template("ops/grep.html", out=out, q=pattern)

    @expose("/tail")
    @has_access
    def tail(self):
        service = request.args.get("service", "api")
        if service not in ALLOWED_SERVICES:
            abort(404)
        out = pexpect.run(f"journalctl -u {service} -n 200 --no-pager")  # ok: command-injection
        return self.render_template("ops/tail.html", out=out.decode(), service=service)
