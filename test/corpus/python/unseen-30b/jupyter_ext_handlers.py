# corpus: path=jupyter_exports/handlers.py
"""A Jupyter Server extension that exports notebooks to other formats and lists recent exports.

The server is shared by a team behind JupyterHub: requests are authenticated, but a user may only
touch files under the server's root_dir, so paths and names from the request are still confined.
"""
import json
import os
import subprocess
from pathlib import Path

import tornado.web
from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join
from tornado.escape import xhtml_escape

EXPORT_FORMATS = {"html", "pdf", "markdown", "script"}


class ExportHandler(APIHandler):
    @tornado.web.authenticated
    def post(self):
        body = self.get_json_body()
        notebook = body["path"]
        fmt = body.get("format", "html")
        root = self.settings["server_root_dir"]
        cmd = f"jupyter nbconvert --to {fmt} '{os.path.join(root, notebook)}'"
        subprocess.run(cmd, shell=True, check=True)  # expect: command-injection
        self.finish(json.dumps({"ok": True}))


class SafeExportHandler(APIHandler):
    @tornado.web.authenticated
    def post(self):
        body = self.get_json_body()
        fmt = body.get("format", "html")
        if fmt not in EXPORT_FORMATS:
            raise tornado.web.HTTPError(400, "unknown format")
        root = Path(self.settings["server_root_dir"]).resolve()
        source = (root / body["path"]).resolve()
        if not source.is_relative_to(root):
            raise tornado.web.HTTPError(403)
        subprocess.run(["jupyter", "nbconvert", "--to", fmt, str(source)], check=True)  # ok: command-injection
        self.finish(json.dumps({"ok": True}))


class DownloadHandler(APIHandler):
    @tornado.web.authenticated
    def get(self):
        name = self.get_argument("name")
        export_dir = os.path.join(self.settings["server_root_dir"], ".exports")
        with open(os.path.join(export_dir, name), "rb") as fh:  # expect: path-traversal
            self.set_header("Content-Type", "application/octet-stream")
            self.finish(fh.read())


class SafeDownloadHandler(APIHandler):
    @tornado.web.authenticated
    def get(self):
        name = os.path.basename(self.get_argument("name"))
        export_dir = os.path.realpath(os.path.join(self.settings["server_root_dir"], ".exports"))
        target = os.path.realpath(os.path.join(export_dir, name))
        if not target.startswith(export_dir + os.sep):
            raise tornado.web.HTTPError(404)
        with open(target, "rb") as fh:  # ok: path-traversal
            self.set_header("Content-Type", "application/octet-stream")
            self.finish(fh.read())


class RecentExportsPage(APIHandler):
    @tornado.web.authenticated
    def get(self):
        title = self.get_argument("title", "Recent exports")
        export_dir = Path(self.settings["server_root_dir"]) / ".exports"
        items = sorted(export_dir.glob("*"), key=lambda p: p.stat().st_mtime, reverse=True)[:20]
        rows = "".join(f"<li>{xhtml_escape(p.name)}</li>" for p in items)
        self.set_header("Content-Type", "text/html")
        self.finish(f"<h1>{title}</h1><ul>{rows}</ul>")  # expect: xss


class RecentExportsPageEscaped(APIHandler):
    @tornado.web.authenticated
    def get(self):
        title = self.get_argument("title", "Recent exports")
        self.set_header("Content-Type", "text/html")
        self.finish(f"<h1>{xhtml_escape(title)}</h1>")  # ok: xss


def _load_jupyter_server_extension(server_app):
    web_app = server_app.web_app
    base = web_app.settings["base_url"]
    web_app.settings["server_root_dir"] = server_app.root_dir
    web_app.add_handlers(".*$", [
        (url_path_join(base, "exports", "run"), SafeExportHandler),
        (url_path_join(base, "exports", "download"), SafeDownloadHandler),
        (url_path_join(base, "exports", "recent"), RecentExportsPageEscaped),
    ])
    server_app.log.info("jupyter_exports loaded")
