# corpus: path=dataio/importers.py
"""Import jobs for customer-supplied files."""
import logging
import subprocess as sp
from os import path as osp

import yaml as y
from flask import Blueprint, jsonify, request

bp = Blueprint("importers", __name__)
log = logging.getLogger(__name__)
INBOX = "/srv/dataio/inbox"


@bp.post("/imports/config")
def import_config():
    doc = y.load(request.data, Loader=y.FullLoader)  # expect: unsafe-deserialization
    return jsonify(keys=sorted(doc))


@bp.post("/imports/config-safe")
def import_config_safe():
    doc = y.safe_load(request.data)  # ok: unsafe-deserialization
    return jsonify(keys=sorted(doc))


@bp.post("/imports/unzip")
def unzip():
    archive = request.json["archive"]
    target = osp.join(INBOX, archive)
    sp.call("unzip -o " + target + " -d " + INBOX, shell=True)  # expect: command-injection
    return jsonify(ok=True)


@bp.post("/imports/legacy")
def legacy_import():
    import pickle

    job = pickle.loads(request.get_data())  # expect: unsafe-deserialization
    log.info("legacy job %s", job)
    return jsonify(ok=True)


@bp.post("/imports/convert")
def convert():
    from subprocess import check_output as run_tool

    fmt = request.args.get("format", "csv")
    out = run_tool(f"csvkit-convert --to {fmt} {INBOX}/latest", shell=True)  # expect: command-injection
    return out


@bp.post("/imports/hash")
def checksum():
    from hashlib import md5 as digest

    token = request.json["password"]
    stored = digest(token.encode()).hexdigest()  # expect: weak-hash
    return jsonify(hash=stored)


@bp.post("/imports/fetch")
def fetch():
    from requests import get as fetch_url

    resp = fetch_url(request.json["source"], timeout=30)  # expect: ssrf
    return jsonify(size=len(resp.content))
