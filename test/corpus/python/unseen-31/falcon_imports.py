# corpus: path=ingest/resources.py
import io
import json
import os
import tarfile
import zipfile

import falcon
import yaml

UPLOAD_ROOT = "/srv/ingest/uploads"
STAGING = "/srv/ingest/staging"


class ConfigResource:
    def on_post(self, req, resp):
        raw = req.bounded_stream.read()
        config = yaml.load(raw, Loader=yaml.Loader)  # expect: unsafe-deserialization
        resp.media = {"keys": sorted(config)}

    def on_put(self, req, resp):
        raw = req.bounded_stream.read()
        config = yaml.safe_load(raw)  # ok: unsafe-deserialization
        resp.media = {"keys": sorted(config)}


class BundleResource:
    def on_post(self, req, resp, batch_id):
        if not batch_id.isalnum():
            raise falcon.HTTPBadRequest(title="bad batch id")
        dest = os.path.join(STAGING, batch_id)
        os.makedirs(dest, exist_ok=True)
        for item in req.get_media():
            if item.name != "bundle":
                continue
            data = item.stream.read()
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
                tar.extractall(dest)  # expect: path-traversal
        resp.status = falcon.HTTP_201

    def on_put(self, req, resp, batch_id):
        if not batch_id.isalnum():
            raise falcon.HTTPBadRequest(title="bad batch id")
        dest = os.path.join(STAGING, batch_id)
        os.makedirs(dest, exist_ok=True)
        for item in req.get_media():
            if item.name != "bundle":
                continue
            with tarfile.open(fileobj=io.BytesIO(item.stream.read()), mode="r:gz") as tar:
                tar.extractall(dest, filter="data")  # ok: path-traversal
        resp.status = falcon.HTTP_201


class ZipResource:
    def on_post(self, req, resp):
        dest = os.path.join(STAGING, "zips")
        for item in req.get_media():
            with zipfile.ZipFile(io.BytesIO(item.stream.read())) as zf:
                for info in zf.infolist():
                    if info.is_dir():
                        continue
                    target = os.path.join(dest, info.filename)
                    with zf.open(info) as src, open(target, "wb") as out:  # expect: path-traversal
                        out.write(src.read())
        resp.status = falcon.HTTP_201

    def on_put(self, req, resp):
        dest = os.path.join(STAGING, "zips")
        for item in req.get_media():
            with zipfile.ZipFile(io.BytesIO(item.stream.read())) as zf:
                zf.extractall(dest)  # ok: path-traversal
        resp.status = falcon.HTTP_201


class FileResource:
    def on_get(self, req, resp):
        name = req.get_param("name", required=True)
        path = os.path.join(UPLOAD_ROOT, name)
        resp.stream = open(path, "rb")  # expect: path-traversal
        resp.content_type = falcon.MEDIA_TEXT

    def on_delete(self, req, resp):
        name = req.get_param("name", required=True)
        path = os.path.join(UPLOAD_ROOT, os.path.basename(name))
        os.remove(path)  # ok: path-traversal
        resp.status = falcon.HTTP_204


class StatusPage:
    def on_get(self, req, resp):
        batch = req.get_param("batch", default="")
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<h2>Batch {batch}</h2><p>Processing...</p>"  # expect: xss

    def on_post(self, req, resp):
        body = req.media
        resp.media = {"batch": body.get("batch"), "state": "queued"}  # ok: xss


class DoneResource:
    def on_get(self, req, resp):
        raise falcon.HTTPSeeOther(req.get_param("next", default="/"))  # expect: open-redirect


app = falcon.App()
app.add_route("/config", ConfigResource())
app.add_route("/bundles/{batch_id}", BundleResource())
app.add_route("/zips", ZipResource())
app.add_route("/files", FileResource())
app.add_route("/status", StatusPage())
app.add_route("/done", DoneResource())
