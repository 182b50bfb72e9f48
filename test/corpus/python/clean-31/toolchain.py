# corpus: path=app/admin/toolchain.py
"""Admin pages: the compiler and linker versions on the build host, and the post-build hooks."""
import re
import shutil
import subprocess

from flask import Blueprint, jsonify, request

bp = Blueprint("toolchain", __name__, url_prefix="/admin/toolchain")

VERSION = re.compile(rb"(\d+\.\d+(?:\.\d+)*)")


def _probe_version(cmd):
    executable = cmd.split()[0]
    if shutil.which(executable) is None:
        return None
    out = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE).stdout  # ok: command-injection
    try:
        found = VERSION.search(out.read())
    finally:
        out.close()
    return found.group(1).decode() if found else None


@bp.get("/versions")
def toolchain_versions():
    probes = ["gcc -dumpversion", "ld -v", "cmake --version"]
    return jsonify({cmd.split()[0]: _probe_version(cmd) for cmd in probes})


@bp.get("/linkers")
def linker_versions():
    found = {}
    for cmd in ("ld.gold --version", "ld.lld --version"):
        found[cmd] = _probe_version(cmd)
    return jsonify(found)


def _run_hook(hook):
    return subprocess.run(hook, shell=True, check=False).returncode  # expect: command-injection


@bp.post("/hooks")
def run_hook():
    code = _run_hook(request.form["command"])
    return jsonify({"returncode": code})
