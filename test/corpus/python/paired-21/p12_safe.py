# corpus: path=app/storage/avatars.py
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter()
AVATARS = Path("/srv/avatars")


@router.get("/avatars/{name}")
def avatar(name: str):
    candidate = (AVATARS / name).resolve()
    if not candidate.is_relative_to(AVATARS) or not candidate.exists():
        raise HTTPException(status_code=404)
    return FileResponse(candidate)  # ok: path-traversal
