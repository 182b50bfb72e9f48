# corpus: path=legacy/integrations.py
import os
import tempfile
import xml.etree.ElementTree as ET

import jwt
import requests
from lxml import etree

PARTNER_KEY = os.environ["PARTNER_KEY"]


def post_order(order: dict) -> dict:
    resp = requests.post("http://orders.partner.example.com/v1/orders", json=order, timeout=10)  # expect: cleartext-http
    resp.raise_for_status()
    return resp.json()


def fetch_status() -> dict:
    return requests.get("https://orders.partner.example.com/v1/status", timeout=10).json()  # ok: cleartext-http


def claims_from(token: str) -> dict:
    return jwt.decode(token, PARTNER_KEY, algorithms=["HS256"], options={"verify_exp": False})  # expect: jwt-weak


def parse_feed(raw: bytes) -> list[str]:
    parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)  # expect: xxe
    root = etree.fromstring(raw, parser=parser)
    return [item.text for item in root.iter("title")]


def parse_feed_stdlib(raw: bytes) -> list[str]:
    root = ET.fromstring(raw)  # ok: xxe
    return [item.text or "" for item in root.iter("title")]


def stage_upload(name: str, data: bytes) -> str:
    path = os.path.join(tempfile.gettempdir(), name)
    with open(path, "wb") as fh:  # expect: insecure-temp-file, path-traversal
        fh.write(data)
    return path


def stage_upload_safe(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(delete=False, suffix=".bin") as fh:  # ok: insecure-temp-file
        fh.write(data)
        return fh.name


def append_marker(path: str) -> None:
    fh = open(path, "r")
    fh.write("# processed\n")  # expect: readonly-file-write
    fh.close()


def read_marker(path: str) -> str:
    with open(path, "r+") as fh:
        content = fh.read()
        fh.seek(0)
        fh.write(content.replace("# pending", "# processed"))  # ok: readonly-file-write
        fh.truncate()
        return content
