# corpus: path=ledger/receipts/api.py
import hashlib
import logging
import mimetypes
import os
import random
import subprocess
import tempfile
import uuid
from pathlib import Path

import jwt
import yaml
from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from ledger.auth import current_user
from ledger.settings import MEDIA_ROOT, SECRET_KEY

router = APIRouter(prefix="/receipts")
log = logging.getLogger(__name__)

RECEIPTS_DIR = MEDIA_ROOT / "receipts"
ALLOWED = {"image/png": ".png", "image/jpeg": ".jpg", "application/pdf": ".pdf"}
MAX_BYTES = 10 * 1024 * 1024
THUMB_SIZE = "320x320"

templates = Environment(loader=PackageLoader("ledger", "templates"), autoescape=select_autoescape(["html", "xml"]))

with open(Path(__file__).with_name("ocr_rules.yaml"), encoding="utf-8") as fh:
    OCR_RULES = yaml.safe_load(fh)  # ok: unsafe-deserialization


def receipt_path(receipt_id: uuid.UUID, ext: str) -> Path:
    return RECEIPTS_DIR / f"{receipt_id}{ext}"  # ok: path-traversal


@router.post("/")
async def upload(file: UploadFile = File(...), user=Depends(current_user)):
    ext = ALLOWED.get(file.content_type or "")
    if ext is None:
        raise HTTPException(415, "unsupported file type")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    receipt_id = uuid.uuid4()
    target = receipt_path(receipt_id, ext)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)  # ok: path-traversal
    os.chmod(target, 0o640)  # ok: insecure-permissions
    digest = hashlib.sha256(data).hexdigest()
    log.info("receipt %s uploaded by user %s (%d bytes, %s)", receipt_id, user.id, len(data), file.content_type)
    if ext != ".pdf":
        make_thumbnail(target)
    return {"id": str(receipt_id), "sha256": digest}


def make_thumbnail(source: Path) -> Path:
    thumb = source.with_suffix(".thumb.jpg")
    with tempfile.TemporaryDirectory() as scratch:
        staged = Path(scratch) / "thumb.jpg"
        subprocess.run(["convert", str(source), "-auto-orient", "-thumbnail", THUMB_SIZE, str(staged)], check=True, timeout=30)  # ok: command-injection
        staged.replace(thumb)
    return thumb


@router.get("/{receipt_id}")
def download(receipt_id: uuid.UUID, user=Depends(current_user)):
    for ext in ALLOWED.values():
        path = receipt_path(receipt_id, ext)
        if path.exists():
            media_type, _ = mimetypes.guess_type(path.name)
            return FileResponse(path, media_type=media_type, filename=f"receipt-{receipt_id}{ext}")  # ok: path-traversal
    raise HTTPException(404, "receipt not found")


@router.get("/{receipt_id}/share")
def share_link(receipt_id: uuid.UUID, request: Request, user=Depends(current_user)):
    token = jwt.encode({"sub": str(receipt_id), "scope": "receipt:read"}, SECRET_KEY, algorithm="HS256")
    return {"url": str(request.url_for("shared_receipt", token=token))}


@router.get("/shared/{token}", name="shared_receipt")
def shared_receipt(token: str):
    try:
        claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"], options={"require": ["sub"]})
    except jwt.InvalidTokenError:
        raise HTTPException(404, "link expired or invalid")
    return download(uuid.UUID(claims["sub"]), user=None)


@router.get("/review/next")
def next_for_review(request: Request, user=Depends(current_user)):
    pending = list(user.organization.receipts.filter(status="pending").values_list("id", flat=True)[:50])
    if not pending:
        return RedirectResponse(request.url_for("receipts_index"), status_code=303)  # ok: open-redirect
    # Spread reviewers over the queue instead of everyone opening the oldest receipt.
    chosen = random.choice(pending)  # ok: insecure-random
    return RedirectResponse(f"/receipts/review/{chosen}", status_code=303)  # ok: open-redirect


@router.get("/report.html")
def report(user=Depends(current_user)):
    rows = user.organization.receipts.order_by("-created_at")[:100]
    html = templates.get_template("receipts/report.html").render(rows=rows, title=f"Receipts for {user.organization.name}")  # ok: xss, template-injection
    return HTMLResponse(html)
