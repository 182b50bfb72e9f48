# corpus: path=docs_service/resources.py
import json
import os
import re
import subprocess

import falcon

DOC_ROOT = "/srv/docs"
SLUG = re.compile(r"^[a-z0-9-]{1,64}$")


class DocumentResource:
    def on_get(self, req, resp, name):
        path = os.path.join(DOC_ROOT, name)
        with open(path, "rb") as fh:  # expect: path-traversal
            resp.data = fh.read()
        resp.content_type = falcon.MEDIA_TEXT

    def on_get_meta(self, req, resp, name):
        if not SLUG.match(name):
            raise falcon.HTTPBadRequest(title="bad name")
        with open(os.path.join(DOC_ROOT, name + ".json")) as fh:  # ok: path-traversal
            resp.media = json.load(fh)


class SearchResource:
    def on_get(self, req, resp):
        term = req.get_param("q", default="")
        resp.content_type = falcon.MEDIA_HTML
        resp.text = "<h2>Results for " + term + "</h2>"  # expect: xss

    def on_get_plain(self, req, resp):
        term = req.get_param("q", default="")
        resp.media = {"query": term, "results": []}  # ok: xss


class ConvertResource:
    def on_post(self, req, resp):
        body = req.get_media()
        fmt = body.get("format", "pdf")
        source = body["source"]
        out = subprocess.check_output("pandoc " + source + " -t " + fmt, shell=True)  # expect: command-injection
        resp.data = out

    def on_post_safe(self, req, resp):
        body = req.get_media()
        fmt = body.get("format", "pdf")
        if fmt not in ("pdf", "html", "docx"):
            raise falcon.HTTPBadRequest(title="bad format")
        out = subprocess.check_output(["pandoc", body["source"], "-t", fmt])  # ok: command-injection
        resp.data = out


app = falcon.App()
app.add_route("/docs/{name}", DocumentResource())
app.add_route("/search", SearchResource())
app.add_route("/convert", ConvertResource())
