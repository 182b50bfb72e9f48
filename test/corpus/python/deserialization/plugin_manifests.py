# corpus: path=platform/plugins/manifests.py
"""Plugin manifests: bundled ones ship with the release, tenants upload their own."""
import os
import shelve
from pathlib import Path

import yaml as y
from flask import Blueprint, abort, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("plugins", __name__)
BUNDLED = Path(__file__).parent / "bundled"
STATE_DIR = "/var/lib/platform/plugin-state"


def bundled_manifest(name: str) -> dict:
    with (BUNDLED / f"{name}.yaml").open() as fh:
        return y.load(fh, Loader=y.CSafeLoader)  # ok: unsafe-deserialization


@bp.post("/plugins/manifest")
def upload_manifest():
    raw = request.get_data(as_text=True)
    manifest = y.load(raw, Loader=y.FullLoader)  # expect: unsafe-deserialization
    if "entrypoint" not in manifest:
        abort(400)
    return jsonify({"name": manifest.get("name")})


@bp.post("/plugins/bundle")
def upload_bundle():
    stream = request.files["bundle"].stream
    documents = list(
        y.load_all(  # expect: unsafe-deserialization
            stream,
            Loader=y.Loader,
        )
    )
    return jsonify({"documents": len(documents)})


@bp.post("/plugins/bundle/check")
def check_bundle():
    stream = request.files["bundle"].stream
    documents = list(y.safe_load_all(stream))  # ok: unsafe-deserialization
    return jsonify({"documents": len(documents)})


@bp.get("/plugins/<plugin>/state")
def plugin_state(plugin):
    tenant = request.headers.get("X-Tenant", "default")
    with shelve.open(os.path.join(STATE_DIR, tenant, plugin)) as db:  # expect: unsafe-deserialization
        return jsonify(dict(db))


@bp.get("/plugins/<plugin>/defaults")
def plugin_defaults(plugin):
    name = secure_filename(plugin)
    with shelve.open(os.path.join(STATE_DIR, "defaults", name), flag="r") as db:  # ok: unsafe-deserialization
        return jsonify(dict(db))


def warm_cache():
    with shelve.open(os.path.join(STATE_DIR, "cache")) as db:  # ok: unsafe-deserialization
        db["warmed"] = True
