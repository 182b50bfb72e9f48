# corpus: path=app/api/imports.py
import io
import tarfile
import zipfile

import defusedxml.ElementTree as SafeET
from fastapi import APIRouter, File, UploadFile
from lxml import etree

router = APIRouter(prefix="/imports")
STAGING = "/srv/staging"


@router.post("/bundle")
async def import_bundle(bundle: UploadFile = File(...)):
    data = await bundle.read()
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        tar.extractall(STAGING)  # expect: path-traversal
    return {"ok": True}


@router.post("/bundle/v2")
async def import_bundle_v2(bundle: UploadFile = File(...)):
    data = await bundle.read()
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        tar.extractall(STAGING, filter="data")  # ok: path-traversal
    return {"ok": True}


@router.post("/archive")
async def import_archive(archive: UploadFile = File(...)):
    data = await archive.read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        zf.extractall(STAGING)  # ok: path-traversal
    return {"files": names}


@router.post("/feed")
async def import_feed(feed: UploadFile = File(...)):
    raw = await feed.read()
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
    root = etree.fromstring(raw, parser)
    return {"items": len(root.findall("item"))}


@router.post("/feed/v2")
async def import_feed_v2(feed: UploadFile = File(...)):
    raw = await feed.read()
    root = SafeET.fromstring(raw)  # ok: xxe
    return {"items": len(root.findall("item"))}
