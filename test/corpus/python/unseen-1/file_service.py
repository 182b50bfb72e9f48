# corpus: path=files/routes.py
import os
from pathlib import Path

import aiofiles
from fastapi import APIRouter, UploadFile
from fastapi.responses import FileResponse
from flask import Blueprint, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("files", __name__)
router = APIRouter()
UPLOAD_DIR = Path("/srv/uploads")
EXPORT_DIR = "/srv/exports"


@router.post("/upload")
async def upload(file: UploadFile):
    async with aiofiles.open(os.path.join(UPLOAD_DIR, file.filename), "wb") as out:  # expect: path-traversal
        await out.write(await file.read())
    return {"stored": file.filename}


@router.post("/upload-safe")
async def upload_safe(file: UploadFile):
    name = os.path.basename(file.filename)
    async with aiofiles.open(UPLOAD_DIR / name, "wb") as out:  # ok: path-traversal
        await out.write(await file.read())
    return {"stored": name}


@router.get("/exports/{name}")
def export(name: str):
    return FileResponse(path=f"{EXPORT_DIR}/{name}")  # expect: path-traversal


@bp.post("/avatars")
def avatar():
    upload = request.files["avatar"]
    upload.save(os.path.join(UPLOAD_DIR, upload.filename))  # expect: path-traversal
    return {"ok": True}


@bp.post("/avatars-safe")
def avatar_safe():
    upload = request.files["avatar"]
    upload.save(os.path.join(UPLOAD_DIR, secure_filename(upload.filename)))  # ok: path-traversal
    return {"ok": True}


@bp.get("/docs/<path:name>")
def doc(name):
    target = UPLOAD_DIR / "docs" / name
    return target.read_text(encoding="utf-8")  # expect: path-traversal


@bp.get("/docs-checked/<path:name>")
def doc_checked(name):
    target = (UPLOAD_DIR / "docs" / name).resolve()
    if not target.is_relative_to(UPLOAD_DIR):
        abort(404)
    return target.read_text(encoding="utf-8")  # ok: path-traversal


@bp.get("/exports")
def download_export():
    return send_from_directory(EXPORT_DIR, request.args["name"])  # ok: path-traversal


@bp.delete("/exports")
def delete_export():
    os.remove(os.path.join(EXPORT_DIR, request.args["name"]))  # expect: path-traversal
    return "", 204


@bp.get("/logs")
def log_tail():
    day = request.args.get("day", "today")
    with open(f"/var/log/app/{day}.log") as fh:  # expect: path-traversal
        return fh.read()[-5000:]
