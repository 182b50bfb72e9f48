# corpus: path=services/media/app/routers/uploads.py
import hashlib
import shutil
import subprocess
import tarfile
import tempfile
import zipfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, UploadFile
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field, field_validator

from app.auth import CurrentUser, get_current_user
from app.config import settings

router = APIRouter(prefix="/uploads", tags=["uploads"])

STORAGE = Path(settings.storage_root)
ALLOWED_FORMATS = {"png", "jpeg", "webp"}


class ConvertRequest(BaseModel):
    source: str = Field(min_length=1, max_length=200)
    target_format: str = "webp"
    quality: int = Field(default=80, ge=1, le=100)

    @field_validator("target_format")
    @classmethod
    def known_format(cls, value: str) -> str:
        if value not in ALLOWED_FORMATS:
            raise ValueError("unsupported format")
        return value


class UploadResult(BaseModel):
    name: str
    sha256: str
    size: int


def user_dir(user: CurrentUser) -> Path:
    folder = STORAGE / str(user.id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("", response_model=UploadResult)
async def upload(
    file: Annotated[UploadFile, File()],
    user: Annotated[CurrentUser, Depends(get_current_user)],
):
    dest = user_dir(user) / file.filename
    with dest.open("wb") as out:  # expect: path-traversal
        shutil.copyfileobj(file.file, out)
    digest = hashlib.sha256(dest.read_bytes()).hexdigest()  # also: path-traversal
    return UploadResult(name=dest.name, sha256=digest, size=dest.stat().st_size)


@router.post("/safe", response_model=UploadResult)
async def upload_safe(
    file: Annotated[UploadFile, File()],
    user: Annotated[CurrentUser, Depends(get_current_user)],
):
    name = Path(file.filename or "upload.bin").name
    dest = user_dir(user) / name
    with dest.open("wb") as out:  # ok: path-traversal
        shutil.copyfileobj(file.file, out)
    digest = hashlib.sha256(dest.read_bytes()).hexdigest()
    return UploadResult(name=dest.name, sha256=digest, size=dest.stat().st_size)


@router.get("/{name}")
async def download(name: str, user: Annotated[CurrentUser, Depends(get_current_user)]):
    base = user_dir(user).resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base):
        raise HTTPException(status_code=404)
    return FileResponse(target)  # ok: path-traversal


@router.get("/thumbs")
async def thumbnail(name: str = Query(...), size: int = Query(256, le=1024)):
    path = STORAGE / "thumbs" / f"{size}" / name
    return FileResponse(path)  # expect: path-traversal


@router.post("/bundle")
async def import_bundle(
    archive: Annotated[UploadFile, File()],
    user: Annotated[CurrentUser, Depends(get_current_user)],
):
    target = user_dir(user) / "imported"
    target.mkdir(exist_ok=True)
    with zipfile.ZipFile(archive.file) as bundle:
        bundle.extractall(target)  # ok: path-traversal
    return {"files": sorted(p.name for p in target.iterdir())}


@router.post("/theme")
async def import_theme(
    archive: Annotated[UploadFile, File()],
    user: Annotated[CurrentUser, Depends(get_current_user)],
):
    target = user_dir(user) / "theme"
    target.mkdir(exist_ok=True)
    with tarfile.open(fileobj=archive.file, mode="r:gz") as tar:
        tar.extractall(target, filter="data")  # ok: path-traversal
    return {"ok": True}


@router.post("/convert")
async def convert(body: ConvertRequest, user: Annotated[CurrentUser, Depends(get_current_user)]):
    folder = user_dir(user)
    source = folder / Path(body.source).name
    if not source.exists():
        raise HTTPException(status_code=404, detail="no such upload")
    output = source.with_suffix(f".{body.target_format}")
    subprocess.run(  # expect: blocking-in-async; ok: command-injection
        ["convert", str(source), "-quality", str(body.quality), str(output)],
        check=True,
        timeout=60,
    )
    return {"output": output.name}


@router.post("/watermark")
async def watermark(
    name: Annotated[str, Form()],
    label: Annotated[str, Form()],
    user: Annotated[CurrentUser, Depends(get_current_user)],
):
    folder = user_dir(user)
    source = folder / Path(name).name
    cmd = f"convert {source} -gravity southeast -annotate +10+10 '{label}' {source}"
    subprocess.run(cmd, shell=True, check=True)  # expect: command-injection
    return {"ok": True}


@router.post("/scratch")
async def scratch(file: Annotated[UploadFile, File()]):
    with tempfile.NamedTemporaryFile(suffix=".bin", delete=False) as tmp:  # ok: insecure-temp-file
        shutil.copyfileobj(file.file, tmp)
    return {"tmp": Path(tmp.name).name}
