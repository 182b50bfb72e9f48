# corpus: path=app/routers/files.py
import hashlib
import logging
import mimetypes
import os
import secrets
import shutil
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile, status
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel

from app.auth import CurrentUser, get_current_user
from app.settings import settings

router = APIRouter(prefix="/files", tags=["files"])
log = logging.getLogger(__name__)

STORAGE_ROOT = Path(settings.storage_dir).resolve()
ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".csv", ".txt"}
MAX_UPLOAD_BYTES = 25 * 1024 * 1024


class StoredFile(BaseModel):
    id: str
    name: str
    size: int
    sha256: str


def user_dir(user: CurrentUser) -> Path:
    directory = STORAGE_ROOT / str(user.id)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def resolve_inside(base: Path, relative: str) -> Path:
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return candidate


@router.post("", response_model=StoredFile, status_code=status.HTTP_201_CREATED)
async def upload(file: Annotated[UploadFile, File()], user: CurrentUser = Depends(get_current_user)):
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "File type not allowed")
    file_id = secrets.token_urlsafe(16)
    target = user_dir(user) / f"{file_id}{suffix}"
    digest = hashlib.sha256()
    size = 0
    with target.open("wb") as out:  # ok: path-traversal
        while chunk := await file.read(1024 * 1024):
            size += len(chunk)
            if size > MAX_UPLOAD_BYTES:
                out.close()
                target.unlink(missing_ok=True)
                raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
            digest.update(chunk)
            out.write(chunk)
    log.info("stored upload user=%s id=%s bytes=%d", user.id, file_id, size)
    return StoredFile(id=file_id, name=f"{file_id}{suffix}", size=size, sha256=digest.hexdigest())


@router.get("/{name}")
async def download(name: str, request: Request, user: CurrentUser = Depends(get_current_user)):
    path = resolve_inside(user_dir(user), name)
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    stat = path.stat()
    etag = hashlib.md5(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()  # ok: weak-hash
    if request.headers.get("if-none-match") == etag:  # ok: timing-unsafe-comparison
        return Response(status_code=status.HTTP_304_NOT_MODIFIED)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, headers={"ETag": etag}, filename=path.name)  # ok: path-traversal


@router.delete("/{name}", status_code=status.HTTP_204_NO_CONTENT)
async def delete(name: str, user: CurrentUser = Depends(get_current_user)):
    path = resolve_inside(user_dir(user), name)
    try:
        path.unlink()  # ok: path-traversal
    except FileNotFoundError:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from None
    log.info("deleted file user=%s name=%s", user.id, path.name)


@router.get("")
async def list_files(user: CurrentUser = Depends(get_current_user)) -> list[StoredFile]:
    directory = user_dir(user)
    results = []
    for entry in sorted(directory.iterdir()):
        if not entry.is_file():
            continue
        results.append(StoredFile(id=entry.stem, name=entry.name, size=entry.stat().st_size, sha256=""))
    return results


@router.post("/{name}/archive", status_code=status.HTTP_202_ACCEPTED)
async def archive(name: str, user: CurrentUser = Depends(get_current_user)):
    source = resolve_inside(user_dir(user), name)
    archive_dir = STORAGE_ROOT / "_archive" / str(user.id)
    archive_dir.mkdir(parents=True, exist_ok=True)
    shutil.move(source, archive_dir / source.name)  # ok: path-traversal
    os.utime(archive_dir / source.name)
    return {"archived": source.name}
