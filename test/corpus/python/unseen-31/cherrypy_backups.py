# corpus: path=backupd/admin.py
import html
import os
import shlex
import subprocess

import cherrypy

BACKUP_DIR = "/srv/backups"
LOG_DIR = "/var/log/backupd"
RESTORE_ROOT = "/srv/restore"


class BackupAdmin:
    @cherrypy.expose
    def index(self):
        names = sorted(os.listdir(BACKUP_DIR))
        items = "".join(f"<li>{html.escape(n)}</li>" for n in names)
        return f"<h1>Backups</h1><ul>{items}</ul>"

    @cherrypy.expose
    def restore(self, archive, target="app"):
        cmd = "tar -xzf %s -C %s" % (os.path.join(BACKUP_DIR, archive), os.path.join(RESTORE_ROOT, target))
        subprocess.check_call(cmd, shell=True)  # expect: command-injection
        return "restored"

    @cherrypy.expose
    def restore_v2(self, archive, target="app"):
        archive = os.path.basename(archive)
        target = os.path.basename(target)
        cmd = "tar -xzf %s -C %s" % (shlex.quote(os.path.join(BACKUP_DIR, archive)), shlex.quote(os.path.join(RESTORE_ROOT, target)))
        subprocess.check_call(cmd, shell=True)  # ok: command-injection
        return "restored"

    @cherrypy.expose
    def log(self, name="backupd.log"):
        with open(os.path.join(LOG_DIR, name)) as fh:  # expect: path-traversal
            return "<pre>" + html.escape(fh.read()[-20000:]) + "</pre>"

    @cherrypy.expose
    def log_safe(self, name="backupd.log"):
        path = os.path.realpath(os.path.join(LOG_DIR, name))
        if not path.startswith(LOG_DIR + os.sep):
            raise cherrypy.HTTPError(404)
        with open(path) as fh:  # ok: path-traversal
            return "<pre>" + html.escape(fh.read()[-20000:]) + "</pre>"

    @cherrypy.expose
    def search(self, q=""):
        hits = [n for n in os.listdir(BACKUP_DIR) if q in n]
        return f"<p>{len(hits)} backups match <b>{q}</b></p>"  # expect: xss

    @cherrypy.expose
    def search_safe(self, q=""):
        hits = [n for n in os.listdir(BACKUP_DIR) if q in n]
        return f"<p>{len(hits)} backups match <b>{html.escape(q)}</b></p>"  # ok: xss

    @cherrypy.expose
    def done(self, next_url="/"):
        raise cherrypy.HTTPRedirect(next_url)  # expect: open-redirect

    @cherrypy.expose
    def prune(self, keep="7"):
        keep = int(keep)
        subprocess.check_call(f"find {BACKUP_DIR} -name '*.tgz' -mtime +{keep} -delete", shell=True)  # ok: command-injection
        raise cherrypy.HTTPRedirect("/")  # ok: open-redirect


if __name__ == "__main__":
    cherrypy.config.update({
        "server.socket_host": "0.0.0.0",
        "server.socket_port": 8090,
        "engine.autoreload.on": False,
    })
    cherrypy.quickstart(BackupAdmin(), "/")
