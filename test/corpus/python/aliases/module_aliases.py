# corpus: path=platform/legacy/bridge.py
"""Bridge to the legacy platform: config, cached objects, archives and old ciphers."""
import hashlib as hl
import pickle as pkl
import subprocess as sp
import yaml as y
from base64 import b64decode
from Crypto.Cipher import AES
from Crypto.Cipher import DES as D
from hashlib import md5 as _md5
from os import system as run_shell

from flask import request

LEGACY_KEY = b"\x00" * 8


def load_partner_config(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return y.load(fh, Loader=y.FullLoader)  # expect: unsafe-deserialization


def load_partner_config_safe(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return y.safe_load(fh)  # ok: unsafe-deserialization


def restore_cart():
    blob = request.cookies.get("cart", "")
    return pkl.loads(b64decode(blob))  # expect: unsafe-deserialization


def archive_tenant():
    tenant = request.args["tenant"]
    run_shell("tar czf /backups/%s.tgz /srv/tenants/%s" % (tenant, tenant))  # expect: command-injection


def archive_all():
    sp.check_call(["tar", "czf", "/backups/all.tgz", "/srv/tenants"])  # ok: command-injection


def ping_host():
    host = request.args.get("host", "")
    return sp.check_output("ping -c 1 " + host, shell=True)  # expect: command-injection


def decrypt_legacy(blob: bytes) -> bytes:
    cipher = D.new(LEGACY_KEY, D.MODE_ECB)  # expect: weak-cipher
    return cipher.decrypt(blob)


def decrypt_current(key: bytes, nonce: bytes, blob: bytes, tag: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)  # ok: weak-cipher
    return cipher.decrypt_and_verify(blob, tag)


def legacy_password_check(password: str, stored: str) -> bool:
    return _md5(password.encode()).hexdigest() == stored  # expect: weak-hash


def file_fingerprint(data: bytes) -> str:
    return hl.sha256(data).hexdigest()  # ok: weak-hash


def api_token_digest(token: str) -> str:
    return hl.sha1(token.encode()).hexdigest()  # expect: weak-hash
