# corpus: path=app/api/uploads.py
import os
import shutil
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

from app.auth import current_user
from app.models import User

router = APIRouter(prefix="/uploads")
STORAGE = Path(os.environ.get("UPLOAD_ROOT", "/srv/uploads")).resolve()
ALLOWED = {".png", ".jpg", ".jpeg", ".pdf"}


@router.post("/")
async def upload(file: UploadFile = File(...), user: User = Depends(current_user)):
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in ALLOWED:
        raise HTTPException(status_code=415, detail="unsupported file type")
    stored = f"{uuid.uuid4().hex}{suffix}"
    target = STORAGE / str(user.id) / stored
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as out:  # ok: path-traversal
        shutil.copyfileobj(file.file, out)
    return {"name": stored}


@router.get("/{name}")
async def fetch(name: str, user: User = Depends(current_user)):
    path = STORAGE / str(user.id) / name
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path)  # expect: path-traversal


@router.get("/safe/{name}")
async def fetch_safe(name: str, user: User = Depends(current_user)):
    base = (STORAGE / str(user.id)).resolve()
    path = (base / name).resolve()
    if not path.is_relative_to(base) or not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path)  # ok: path-traversal


@router.delete("/{name}")
async def remove(name: str, user: User = Depends(current_user)):
    os.remove(os.path.join(STORAGE, str(user.id), name))  # expect: path-traversal
    return {"deleted": name}
